import pg from "pg";
import { expect, test } from "vitest";
import { useDatabaseWithPool } from "@/test/database";
import { newIdempotencyKey } from "./idempotency-key";
import { insertRawEvents, type RawEventDraft, RawLog, RawLogUnavailable } from "./raw-log";

const t = useDatabaseWithPool();

const draft = (body: string): RawEventDraft => ({
  key: newIdempotencyKey(),
  body,
  bodyEncoding: "utf8",
  headers: { "content-type": "application/json" },
  type: "ReceivedCallback",
  instanceId: "I1",
  result: "pending",
  error: null,
});

test("concurrent appends share commits and each gets the id of its own row", async () => {
  const log = new RawLog(t.pool);
  const bodies = Array.from({ length: 300 }, (_, i) => `{"n":${i}}`);
  const ids = await Promise.all(bodies.map((b) => log.append(draft(b))));
  expect(new Set(ids).size).toBe(300);
  expect(log.inserts).toBeLessThan(300);
  const rows = await t.db.prisma.rawEvent.findMany({ where: { id: { in: ids.map(BigInt) } } });
  const byId = new Map(rows.map((r) => [String(r.id), r.body]));
  ids.forEach((id, i) => expect(byId.get(id)).toBe(bodies[i]));
  // Two commits may be in flight, so ids follow append order only within a commit: both stay bounded.
  expect(log.inserts).toBeGreaterThan(0);
});

test("one unstorable row fails alone; the rows it shared a commit with are stored", async () => {
  const log = new RawLog(t.pool);
  const results = await Promise.allSettled([
    log.append(draft('{"ok":1}')),
    log.append({ ...draft("bad"), headers: { x: "\u0000" } }), // jsonb cannot hold NUL
    log.append(draft('{"ok":2}')),
  ]);
  expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
  await log.drained();
});

test("the same idempotency key stored twice is one row, and both calls get its id", async () => {
  const d = draft('{"twice":1}');
  const first = await insertRawEvents(t.pool, [d]);
  const again = await insertRawEvents(t.pool, [d, draft('{"other":1}')]);
  expect(again.get(d.key)).toBe(first.get(d.key));
  expect(await t.db.prisma.rawEvent.count({ where: { idempotencyKey: d.key } })).toBe(1);
});

test("the per-row retry after a failed batch does not duplicate rows that were already stored", async () => {
  // A batch that fails after some of its rows were committed earlier (an acknowledged-late commit, or a
  // connection lost after COMMIT) is retried row by row; the keys already in the log must not double.
  const stored = draft('{"already":1}');
  await insertRawEvents(t.pool, [stored]);
  const log = new RawLog(t.pool);
  const results = await Promise.allSettled([
    log.append(stored),
    log.append({ ...draft("bad"), headers: { x: "\u0000" } }),
    log.append(draft('{"new":1}')),
  ]);
  expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
  expect(await t.db.prisma.rawEvent.count({ where: { idempotencyKey: stored.key } })).toBe(1);
});

test("a full queue or a commit that does not come in time gives up with RawLogUnavailable, never waits forever", async () => {
  // A t.pool whose only connection is held: every INSERT waits, as with a hung database.
  const stuck = new pg.Pool({ connectionString: t.db.url, max: 1 });
  const holder = await stuck.connect();
  try {
    const log = new RawLog(stuck, { commitWithinMs: 200, maxQueuedRows: 3 });
    const appends = Array.from({ length: 6 }, (_, i) => log.append(draft(`{"q":${i}}`)));
    const results = await Promise.allSettled(appends);
    expect(results.every((r) => r.status === "rejected" && r.reason instanceof RawLogUnavailable)).toBe(true);
    const reasons = results.map((r) => (r.status === "rejected" ? (r.reason as Error).message : ""));
    expect(reasons.filter((m) => m === "raw log queue full").length).toBeGreaterThan(0);
    expect(reasons.filter((m) => m.startsWith("no commit within")).length).toBeGreaterThan(0);
  } finally {
    holder.release();
    await stuck.end();
  }
});
