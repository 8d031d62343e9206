import pg from "pg";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { type RawEventDraft, RawLog } from "./raw-log";

let db: TestDatabase;
let pool: pg.Pool;
beforeAll(async () => {
  db = await createTestDatabase();
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
});
afterAll(async () => {
  await pool.end();
  await db.drop();
});

const draft = (body: string): RawEventDraft => ({
  body,
  bodyEncoding: "utf8",
  headers: { "content-type": "application/json" },
  type: "ReceivedCallback",
  instanceId: "I1",
  result: "pending",
  error: null,
});

test("concurrent appends share commits and each gets the id of its own row", async () => {
  let commits = 0;
  const log = new RawLog(pool, () => commits++);
  const bodies = Array.from({ length: 300 }, (_, i) => `{"n":${i}}`);
  const ids = await Promise.all(bodies.map((b) => log.append(draft(b))));
  expect(new Set(ids).size).toBe(300);
  expect(commits).toBeLessThan(300);
  const rows = await db.prisma.rawEvent.findMany({ where: { id: { in: ids.map(BigInt) } } });
  const byId = new Map(rows.map((r) => [String(r.id), r.body]));
  ids.forEach((id, i) => expect(byId.get(id)).toBe(bodies[i]));
  // Two commits may be in flight, so ids follow append order only within a commit: both stay bounded.
  expect(commits).toBeGreaterThan(0);
});

test("one unstorable row fails alone; the rows it shared a commit with are stored", async () => {
  const log = new RawLog(pool);
  const results = await Promise.allSettled([
    log.append(draft('{"ok":1}')),
    log.append({ ...draft("bad"), headers: { x: "\u0000" } }), // jsonb cannot hold NUL
    log.append(draft('{"ok":2}')),
  ]);
  expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
  await log.drained();
});
