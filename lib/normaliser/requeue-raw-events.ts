import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { RAW_CHANNEL } from "./normaliser-leadership";

/** Which processed raw events to apply again; every field narrows the choice, none means all of them. */
export type TRequeueSelection = {
  /** Only events whose last result was this one. */
  result?: "unrecognized" | "failed";
  /** Only events of this Z-API `type`. */
  type?: string;
  /** Only events received at or after this moment. */
  since?: Date;
  /** Only this one event (the Events page's "process again"). */
  id?: bigint;
};

export type TRequeueOutcome = { queued: number; firstId: string | null; lastId: string | null };

/**
 * One statement per this many rows, each its own short transaction: a selection of millions never holds
 * millions of row locks at once, nor one transaction open for minutes while the normaliser and the webhooks
 * write beside it.
 */
const BATCH = 5_000;

/**
 * Marks the chosen raw events unprocessed, so the normaliser applies them again with the rules of the
 * version now running: its queue is `processed_at IS NULL ORDER BY id` (lib/normaliser/normalise-batch.ts),
 * and every apply is idempotent, so an event that had been applied leaves the domain rows as they were
 * (test/reprocess.test.ts). Its result is left as it was until then: the normaliser overwrites it, and
 * announces the new one as an `event:logged` change, which the Events page shows in place.
 *
 * Events still waiting (`processed_at IS NULL`) are not chosen: they are in the queue already. Batches go in
 * id order; after each, a NOTIFY on the raw log's channel wakes the normaliser in whichever process holds its
 * leadership (lib/normaliser/normaliser-leadership.ts) — the channel's trigger fires only on INSERT
 * (prisma/migrations/20261201140000_raw_event_notify), and its slow poll would take up to a second.
 */
export async function requeueRawEvents(db: Db, selection: TRequeueSelection, batch = BATCH): Promise<TRequeueOutcome> {
  const filters = [Prisma.sql`processed_at IS NOT NULL`];
  if (selection.id !== undefined) filters.push(Prisma.sql`id = ${selection.id}`);
  if (selection.result) filters.push(Prisma.sql`result = ${selection.result}`);
  if (selection.type) filters.push(Prisma.sql`type = ${selection.type}`);
  if (selection.since) filters.push(Prisma.sql`received_at >= ${selection.since}`);
  let after = 0n;
  let queued = 0;
  let firstId: bigint | null = null;
  for (;;) {
    const [row] = await db.$queryRaw<{ n: number; first: bigint | null; last: bigint | null }[]>`
      WITH chosen AS (
        SELECT id FROM raw_event WHERE ${Prisma.join(filters, " AND ")} AND id > ${after} ORDER BY id LIMIT ${batch}
      ), requeued AS (
        UPDATE raw_event AS r SET processed_at = NULL FROM chosen WHERE r.id = chosen.id RETURNING r.id
      )
      SELECT count(*)::int AS n, min(id) AS first, max(id) AS last FROM requeued`;
    if (!row || row.n === 0 || row.last === null) break;
    queued += row.n;
    firstId ??= row.first;
    after = row.last;
    await db.$executeRaw`SELECT pg_notify(${RAW_CHANNEL}, '')`;
    if (row.n < batch) break;
  }
  return { queued, firstId: firstId?.toString() ?? null, lastId: queued ? after.toString() : null };
}
