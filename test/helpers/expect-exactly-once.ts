import { expect } from "vitest";
import type { Db } from "@/lib/db/client";
import type { TestClient } from "./socket-client";

/** Polls `check` until it returns true (bounded): for effects that arrive asynchronously. */
export async function eventually(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const countBy = (values: string[]) => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
};

/**
 * Every acknowledged message id is in raw_event exactly once, is a message row exactly once, and reached
 * the socket client as exactly one `message:upserted`. Waits (bounded) for the spool drain, the normaliser
 * and the socket first.
 */
export async function expectEachExactlyOnce(db: Db, client: TestClient, messageIds: string[]): Promise<void> {
  const rawCounts = async () =>
    new Map(
      (
        await db.$queryRaw<{ m: string; n: bigint }[]>`
          SELECT body::jsonb->>'messageId' AS m, count(*) AS n FROM raw_event WHERE body_encoding = 'utf8' GROUP BY 1`
      ).map((r) => [r.m, Number(r.n)]),
    );
  let missing: string[] = [];
  await eventually("every acknowledged webhook in raw_event", async () => {
    const counts = await rawCounts();
    missing = messageIds.filter((m) => !counts.has(m));
    return missing.length === 0;
  }).catch((e: Error) => {
    throw new Error(`${e.message}: ${missing.length} of ${messageIds.length} missing, e.g. ${missing.slice(0, 3).join(", ")}`);
  });
  await eventually("the normaliser to catch up", async () => (await db.rawEvent.count({ where: { processedAt: null } })) === 0);
  const raw = await rawCounts();
  expect(messageIds.filter((m) => raw.get(m) !== 1)).toEqual([]);

  const rows = await db.message.groupBy({ by: ["messageId"], where: { messageId: { in: messageIds } }, _count: true });
  const rowCounts = new Map(rows.map((r) => [r.messageId, r._count]));
  expect(messageIds.filter((m) => rowCounts.get(m) !== 1)).toEqual([]);

  const upserted = () =>
    countBy(client.changes.filter((c) => c.kind === "message:upserted").map((c) => (c.payload as { messageId: string }).messageId));
  await eventually("every acknowledged message on the socket", () => messageIds.every((m) => upserted().has(m)));
  await new Promise((r) => setTimeout(r, 500)); // a duplicate would arrive right behind
  const live = upserted();
  expect(messageIds.filter((m) => live.get(m) !== 1)).toEqual([]);
}
