import { afterAll, beforeAll, expect, test } from "vitest";
import { createTestDatabase, type TestDatabase } from "./database";
import { startServer } from "./helpers/start-server";
import { postWebhook, receivedText, waitForNormalised } from "./helpers/webhooks";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.drop());

test("SIGKILL in the middle of a load loses no acknowledged webhook and normalises each exactly once", async () => {
  const srv = await startServer(db.url);
  const acked = new Map<string, string>(); // raw event id → messageId
  let stop = false;
  let killed = false;
  const worker = async () => {
    while (!stop) {
      const body = receivedText();
      try {
        const r = await postWebhook(srv.url, srv.secret, body);
        if (r.status === 200 && r.body.id) acked.set(r.body.id, body.messageId as string);
      } catch {
        // connection reset by the kill: not acknowledged, so not promised
      }
      if (killed) return;
    }
  };
  const workers = Array.from({ length: 12 }, worker);
  while (acked.size < 150) await new Promise((r) => setTimeout(r, 10));
  await srv.kill();
  killed = true;
  stop = true;
  await Promise.all(workers);
  expect(acked.size).toBeGreaterThanOrEqual(150);

  const restarted = await startServer(db.url);
  try {
    await waitForNormalised(db.prisma, 60_000);
    const ids = [...acked.keys()].map((id) => BigInt(id));
    const rows = await db.prisma.rawEvent.findMany({ where: { id: { in: ids } } });
    expect(rows).toHaveLength(acked.size);
    expect(rows.every((r) => r.result === "ok" && r.processedAt !== null)).toBe(true);

    const messageIds = [...acked.values()];
    const messages = await db.prisma.message.groupBy({ by: ["messageId"], where: { messageId: { in: messageIds } }, _count: true });
    expect(messages).toHaveLength(messageIds.length);
    expect(messages.every((m) => m._count === 1)).toBe(true);

    // Exactly once: one "event:logged" change per raw event, never two (a redone batch would add a second).
    const logged = await db.prisma.$queryRaw<{ id: string; n: bigint }[]>`
      SELECT payload->>'id' AS id, count(*) AS n FROM change WHERE kind = 'event:logged' GROUP BY 1 HAVING count(*) > 1`;
    expect(logged).toEqual([]);
    const total = await db.prisma.rawEvent.count();
    const loggedTotal = await db.prisma.change.count({ where: { kind: "event:logged" } });
    expect(loggedTotal).toBe(total);
  } finally {
    await restarted.stop();
  }
});
