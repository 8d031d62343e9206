import { expect, test } from "vitest";
import { appendChanges, CHANGE_APPEND_LOCK } from "@/lib/changes/append-changes";
import { CHANGES_LISTENER_NAME } from "@/lib/changes/start-change-stream";
import type { Db } from "@/lib/db/client";
import type { TChangeDraft } from "@/lib/schemas/dto";
import { connectClient, type TestClient } from "./helpers/socket-client";
import { useServer } from "./helpers/use-server";

// Producers other than the server's own normaliser write to the server's database from this test process, as
// a second Vigia process or another producer (the alert loop, a user action) would. The server must deliver
// what they commit to its sockets exactly once and in order, whoever wrote it and whether or not it was
// announced.

const server = useServer();

let n = 0;
function drafts(label: string, count: number): TChangeDraft[] {
  return Array.from({ length: count }, () => ({
    kind: "event:logged" as const,
    payload: { id: `${label}-${n++}`, receivedAt: new Date().toISOString(), type: label, instanceId: null, result: "ok" as const, duplicate: false, error: null, processedAt: null },
  }));
}

async function clients(count: number): Promise<{ all: TestClient[]; head: number }> {
  const all = await Promise.all(Array.from({ length: count }, () => connectClient(server.srv.url, { token: server.srv.apiToken })));
  const heads = await Promise.all(all.map((c) => c.synced));
  return { all, head: Math.min(...heads) };
}

async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function seqsInTable(db: Db, after: number): Promise<number[]> {
  const rows = await db.change.findMany({ where: { seq: { gt: BigInt(after) } }, orderBy: { seq: "asc" }, select: { seq: true } });
  return rows.map((r) => Number(r.seq));
}

/**
 * Every client got exactly the changes in the table after `head`, in order. A last change is appended and
 * awaited first: delivery is in seq order, so a repeat of anything earlier would have arrived before it.
 */
async function expectEveryChangeOnceInOrder(db: Db, all: TestClient[], head: number): Promise<void> {
  const [sentinel] = await db.$transaction((tx) => appendChanges(tx, drafts("sentinel", 1)));
  await Promise.all(all.map((c) => c.waitFor((ch) => ch.seq === sentinel?.seq)));
  const expected = await seqsInTable(db, head);
  expect(expected.at(-1)).toBe(sentinel?.seq);
  for (const c of all) expect(c.changes.map((ch) => ch.seq)).toEqual(expected);
}

test("two producers committing out of their start order: the later one waits for the lock, seq order is commit order", async () => {
  const db = server.db.prisma;
  const { all, head } = await clients(3);
  const commits: string[] = [];
  let releaseA!: () => void;
  const aMayCommit = new Promise<void>((r) => (releaseA = r));
  let bBegan!: () => void;
  const bHasBegun = new Promise<void>((r) => (bBegan = r));
  let aAppended!: () => void;
  const aHasAppended = new Promise<void>((r) => (aAppended = r));

  // B begins first, A second; A appends first and keeps its transaction open; then B appends.
  const b = db.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT txid_current()`;
      bBegan();
      await aHasAppended;
      const made = await appendChanges(tx, drafts("B", 3));
      commits.push("B");
      return made;
    },
    { timeout: 60_000 },
  );
  await bHasBegun;
  const a = db.$transaction(
    async (tx) => {
      const made = await appendChanges(tx, drafts("A", 3));
      aAppended();
      await aMayCommit;
      commits.push("A");
      return made;
    },
    { timeout: 60_000 },
  );

  // B is blocked on the append lock while A is open: PostgreSQL shows it waiting, and nobody has seen A.
  const waiting = async () => {
    const [r] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_locks
       WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
         AND classid = 0 AND objid = ${CHANGE_APPEND_LOCK}::bigint::oid`;
    return r?.n === 1;
  };
  await until("B to wait for the append lock", waiting);
  expect(commits).toEqual([]);
  releaseA();
  const [madeA, madeB] = await Promise.all([a, b]);
  expect(commits).toEqual(["A", "B"]);
  const last = (xs: { seq: number }[]) => xs.at(-1)?.seq ?? 0;
  const first = (xs: { seq: number }[]) => xs[0]?.seq ?? 0;
  expect(last(madeA)).toBeLessThan(first(madeB));

  await expectEveryChangeOnceInOrder(db, all, head);
  for (const c of all) c.close();
});

test("a change committed without an announcement is delivered by the safety-net read", async () => {
  const db = server.db.prisma;
  const { all } = await clients(2);
  const [payload] = drafts("silent", 1).map((d) => JSON.stringify(d.payload));
  // A row this version cannot read (say, from a newer version during a rolling deploy) must not stop the rest.
  await db.$executeRaw`INSERT INTO change (kind, payload) VALUES ('from:the-future', '{}'::jsonb)`;
  const inserted = await db.$queryRaw<{ seq: bigint }[]>`INSERT INTO change (kind, payload) VALUES ('event:logged', ${payload}::jsonb) RETURNING seq`;
  const seq = Number(inserted[0]?.seq);
  await Promise.all(all.map((c) => c.waitFor((ch) => ch.seq === seq)));
  for (const c of all) expect(c.changes.map((ch) => ch.seq)).toEqual([seq]);
  for (const c of all) c.close();
});

test("the listening connection killed by the database: it reconnects and no client misses or repeats a change", async () => {
  const db = server.db.prisma;
  const { all, head } = await clients(3);
  const listenerPids = async () =>
    (await db.$queryRaw<{ pid: number }[]>`
      SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = ${CHANGES_LISTENER_NAME}`).map((r) => r.pid);
  const [before] = await listenerPids();
  expect(before).toBeTypeOf("number");

  await db.$transaction((tx) => appendChanges(tx, drafts("before-kill", 2)));
  await db.$queryRaw`SELECT pg_terminate_backend(${before}::int)`;
  await db.$transaction((tx) => appendChanges(tx, drafts("while-down", 3)));
  await until("the listener to reconnect", async () => {
    const pids = await listenerPids();
    return pids.length === 1 && pids[0] !== before;
  });
  await db.$transaction((tx) => appendChanges(tx, drafts("after-reconnect", 3)));

  await expectEveryChangeOnceInOrder(db, all, head);
  expect(server.srv.output()).toMatch(/listener on vigia_changes lost/);
  for (const c of all) c.close();
});
