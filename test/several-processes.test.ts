import { afterAll, beforeAll, expect, test } from "vitest";
import { appendChanges } from "@/lib/changes/append-changes";
import type { Db } from "@/lib/db/client";
import { NORMALISER_LEADER_LOCK } from "@/lib/normaliser/normaliser-leadership";
import { createTestDatabase, type TestDatabase } from "./database";
import { connectClient, type TestClient } from "./helpers/socket-client";
import { type ServerUnderTest, startServer } from "./helpers/start-server";
import { postWebhook, receivedText, waitForNormalised } from "./helpers/webhooks";

// Two real Vigia processes (A and B) on two ports sharing one database, as behind a load balancer.

let db: TestDatabase;
let a: ServerUnderTest;
let b: ServerUnderTest;
beforeAll(async () => {
  db = await createTestDatabase();
  a = await startServer(db.url);
  await until("A to lead the normaliser", async () => (await leaderPid(db.prisma)) === a.proc.pid);
  b = await startServer(db.url);
});
afterAll(async () => {
  await b?.stop();
  if (a?.proc.exitCode === null && a.proc.signalCode === null) await a.stop();
  await db?.drop();
});

async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The OS pid of the process whose leadership connection holds the normaliser's session lock. */
async function leaderPid(prisma: Db): Promise<number | null> {
  const rows = await prisma.$queryRaw<{ name: string }[]>`
    SELECT a.application_name AS name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
     WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 AND l.objid = ${NORMALISER_LEADER_LOCK}::bigint::oid
       AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())`;
  const m = rows[0]?.name.match(/^vigia normaliser (\d+)$/);
  return m ? Number(m[1]) : null;
}

/** Appends a last change and waits for it: delivery is in seq order, so any repeat would have come before. */
async function expectEverythingOnceInOrder(client: TestClient, head: number): Promise<void> {
  const [sentinel] = await db.prisma.$transaction((tx) =>
    appendChanges(tx, [
      {
        kind: "event:logged",
        payload: { id: "sentinel", receivedAt: new Date().toISOString(), type: null, instanceId: null, result: "ok", duplicate: false, error: null, processedAt: null },
      },
    ]),
  );
  await client.waitFor((c) => c.seq === sentinel?.seq, 30_000);
  const rows = await db.prisma.change.findMany({ where: { seq: { gt: BigInt(head) } }, orderBy: { seq: "asc" }, select: { seq: true } });
  expect(client.changes.map((c) => c.seq)).toEqual(rows.map((r) => Number(r.seq)));
}

const isMessage = (messageId: unknown) => (c: { kind: string; payload: unknown }) =>
  c.kind === "message:upserted" && (c.payload as { messageId: string }).messageId === messageId;

test("a webhook posted to A reaches a socket on B exactly once", async () => {
  const onB = await connectClient(b.url, { token: b.apiToken });
  const head = await onB.synced;
  const body = receivedText();
  const posted = await postWebhook(a.url, a.secret, body);
  expect(posted.status).toBe(200);
  await onB.waitFor(isMessage(body.messageId));
  await onB.waitFor((c) => c.kind === "event:logged" && (c.payload as { id: string }).id === posted.body.id);
  await expectEverythingOnceInOrder(onB, head);
  expect(onB.changes.filter(isMessage(body.messageId))).toHaveLength(1);
  onB.close();
});

test("SIGKILL of A under load: nothing acknowledged is lost, B's normaliser takes over, B's sockets miss nothing", async () => {
  expect(await leaderPid(db.prisma)).toBe(a.proc.pid);
  const onB = [await connectClient(b.url, { token: b.apiToken }), await connectClient(b.url, { token: b.apiToken })];
  const head = Math.min(...(await Promise.all(onB.map((c) => c.synced))));

  const acked = new Map<string, string>(); // raw event id → messageId
  let killed = false;
  const poster = (target: () => ServerUnderTest) => async () => {
    while (!killed) {
      const body = receivedText();
      try {
        const r = await postWebhook(target().url, target().secret, body);
        if (r.status === 200 && r.body.id) acked.set(r.body.id, body.messageId as string);
      } catch {
        // a connection reset by the kill: not acknowledged, so nothing was promised
      }
    }
  };
  const posters = [...Array.from({ length: 8 }, () => poster(() => a)), ...Array.from({ length: 2 }, () => poster(() => b))].map((p) => p());
  await until("load on both processes", () => acked.size >= 200);
  await a.kill();
  killed = true;
  await Promise.all(posters);

  await until("B to take the normaliser over", async () => (await leaderPid(db.prisma)) === b.proc.pid);
  // B still takes webhooks, and its own normaliser applies them.
  const after = receivedText();
  const last = await postWebhook(b.url, b.secret, after);
  expect(last.status).toBe(200);
  acked.set(last.body.id as string, after.messageId as string);
  await waitForNormalised(db.prisma, 60_000);

  const rows = await db.prisma.rawEvent.findMany({ where: { id: { in: [...acked.keys()].map(BigInt) } }, select: { id: true, result: true } });
  expect(rows).toHaveLength(acked.size);
  expect(rows.every((r) => r.result === "ok")).toBe(true);
  for (const client of onB) {
    await expectEverythingOnceInOrder(client, head);
    const logged = new Set(client.changes.filter((c) => c.kind === "event:logged").map((c) => (c.payload as { id: string }).id));
    expect([...acked.keys()].filter((id) => !logged.has(id))).toEqual([]);
    client.close();
  }
  expect(b.output()).toMatch(/this process is the normaliser/);
});
