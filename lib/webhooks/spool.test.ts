import { appendFile, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { drainSpool } from "./drain-spool";
import { newIdempotencyKey } from "./idempotency-key";
import { insertRawEvents, type RawEventDraft } from "./raw-log";
import { Spool } from "./spool";

let db: TestDatabase;
let pool: pg.Pool;
let dir: string;
beforeAll(async () => {
  db = await createTestDatabase();
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
  dir = await mkdtemp(path.join(os.tmpdir(), "vigia-spool-"));
});
afterAll(async () => {
  await pool.end();
  await db.drop();
  await rm(dir, { recursive: true, force: true });
});

const draft = (n: number): RawEventDraft => ({
  key: newIdempotencyKey(),
  body: `{"n":${n}}`,
  bodyEncoding: "utf8",
  headers: {},
  type: "ReceivedCallback",
  instanceId: "SPOOL",
  result: "pending",
  error: null,
  receivedAt: new Date(Date.UTC(2026, 11, 1, 10, 0, 0, n)).toISOString(),
});

const bodiesInLog = async (instanceId: string) =>
  (await db.prisma.rawEvent.findMany({ where: { instanceId }, orderBy: { id: "asc" } })).map((r) => r.body);

test("concurrent appends are all on disk, a reopened spool counts them, and draining moves them in order exactly once", async () => {
  const sub = path.join(dir, "a");
  const logs: string[] = [];
  const spool = await Spool.open(sub, (m) => logs.push(m));
  const drafts = Array.from({ length: 120 }, (_, i) => draft(i));
  await Promise.all(drafts.map((d) => spool.append(d)));
  expect(spool.waiting).toBe(120);
  await spool.close();

  // A process killed now: the next one finds the events on disk.
  const reopened = await Spool.open(sub, (m) => logs.push(m));
  expect(reopened.waiting).toBe(120);
  // A crash between inserting some records and removing their segment: those are in the log already.
  await insertRawEvents(pool, drafts.slice(0, 30));
  expect(await drainSpool(reopened, pool, (m) => logs.push(m))).toBe(120);
  expect(reopened.waiting).toBe(0);
  expect(await bodiesInLog("SPOOL")).toEqual(drafts.map((d) => d.body));
  const first = await db.prisma.rawEvent.findFirst({ where: { idempotencyKey: drafts[5]?.key } });
  expect(first?.receivedAt.toISOString()).toBe(drafts[5]?.receivedAt); // arrival time, not drain time
  expect((await readdir(sub)).filter((f) => f.endsWith(".spool"))).toEqual([]);
  expect(logs.filter((l) => l.includes("!!!"))).toEqual([]);
});

test("a torn record at the end of a segment is skipped and reported; the rest are drained", async () => {
  const sub = path.join(dir, "b");
  const spool = await Spool.open(sub, () => {});
  const drafts = [1, 2, 3].map((n) => ({ ...draft(n), instanceId: "TORN" }));
  for (const d of drafts) await spool.append(d);
  const [segment] = await spool.seal();
  await appendFile(segment as string, '0123abcd {"key":"half a rec'); // power lost mid-write
  const logs: string[] = [];
  const reopened = await Spool.open(sub, () => {});
  expect(await drainSpool(reopened, pool, (m) => logs.push(m))).toBe(3);
  expect(await bodiesInLog("TORN")).toEqual(drafts.map((d) => d.body));
  expect(logs.join("\n")).toMatch(/line 4 skipped \(torn record at the end/);
});

test("draining while the database is down throws and keeps the segment for the next try", async () => {
  const sub = path.join(dir, "c");
  const spool = await Spool.open(sub, () => {});
  await spool.append({ ...draft(1), instanceId: "LATER" });
  const down = new pg.Pool({ connectionString: "postgresql://x:y@127.0.0.1:1/none", connectionTimeoutMillis: 500 });
  await expect(drainSpool(spool, down, () => {})).rejects.toThrow();
  await down.end();
  expect(spool.waiting).toBe(1);
  expect(await drainSpool(spool, pool, () => {})).toBe(1);
  expect(await bodiesInLog("LATER")).toHaveLength(1);
});

test("a spool folder that cannot be written says so loudly at open and rejects appends", async () => {
  const blocker = path.join(dir, "not-a-folder");
  await appendFile(blocker, "x");
  const logs: string[] = [];
  const spool = await Spool.open(path.join(blocker, "spool"), (m) => logs.push(m));
  expect(spool.problem).toMatch(/ENOTDIR|EEXIST/);
  expect(logs.join("\n")).toMatch(/!!! SPOOL NOT WRITABLE/);
  await expect(spool.append(draft(1))).rejects.toThrow(/the local spool cannot be written/);
});
