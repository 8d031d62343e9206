import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appendChanges } from "@/lib/changes/append-changes";
import type { TBatchMemo } from "@/lib/normalise/apply-context";
import { applyRawEvent, type TApplyResult } from "@/lib/normalise/apply-raw-event";
import type { TChangeDraft, TChangeDto } from "@/lib/schemas/dto";
import { rawEventToDto } from "./raw-event-to-dto";

/** Arbitrary constant: the advisory lock that makes the normaliser single-writer per database. */
export const NORMALISER_LOCK = 726_194_301;

type Pending = { id: bigint; body: string; bodyEncoding: string; receivedAt: Date; type: string | null; instanceId: string | null; result: string; error: string | null };

export type BatchOutcome = { processed: number; changes: TChangeDto[]; locked: boolean };

/**
 * Normalises the oldest unprocessed raw events in one transaction: domain rows, change rows and the raw
 * events' results commit together, so a crash anywhere leaves either all of it or none, and the next run
 * redoes the batch (every apply is idempotent). An event whose apply throws is rolled back alone (savepoint)
 * and marked with its error; it is not retried forever.
 */
// 50 events: small enough that the first changes of a burst reach the browser within a fraction of a second,
// large enough that the per-batch work (lock, select, mark, changes) stays a small share.
export async function normaliseBatch(db: Db, limit = 50): Promise<BatchOutcome> {
  // Fast path without a savepoint per event (two round trips each); only when some event throws is the
  // batch redone with savepoints, so the failing event can be rolled back alone.
  try {
    return await runBatch(db, limit, false);
  } catch {
    return runBatch(db, limit, true);
  }
}

function runBatch(db: Db, limit: number, isolate: boolean): Promise<BatchOutcome> {
  return db.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<{ ok: boolean }[]>`SELECT pg_try_advisory_xact_lock(${NORMALISER_LOCK}) AS ok`;
      if (!lock?.ok) return { processed: 0, changes: [], locked: true };
      const pending = await tx.$queryRaw<Pending[]>`
        SELECT id, body, body_encoding AS "bodyEncoding", received_at AS "receivedAt", type, instance_id AS "instanceId", result, error
          FROM raw_event WHERE processed_at IS NULL ORDER BY id LIMIT ${limit}`;
      if (pending.length === 0) return { processed: 0, changes: [], locked: false };
      const memo = { instanceTouchedAt: new Map<string, number>() };
      const drafts: TChangeDraft[] = [];
      const outcomes: TApplyResult[] = [];
      for (const raw of pending) {
        const outcome = raw.result === "invalid" ? invalidOutcome(raw) : isolate ? await applyIsolated(tx, raw, memo) : await applyRawEvent(tx, raw, memo);
        outcomes.push(outcome);
        drafts.push(...outcome.changes);
        drafts.push({ kind: "event:logged", payload: rawEventToDto({ ...raw, ...outcome, processedAt: new Date() }) });
      }
      await markProcessed(tx, pending, outcomes);
      return { processed: pending.length, changes: await appendChanges(tx, drafts), locked: false };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

async function applyIsolated(tx: Prisma.TransactionClient, raw: Pending, memo: TBatchMemo): Promise<TApplyResult> {
  await tx.$executeRawUnsafe("SAVEPOINT apply_one");
  try {
    const outcome = await applyRawEvent(tx, raw, memo);
    await tx.$executeRawUnsafe("RELEASE SAVEPOINT apply_one");
    return outcome;
  } catch (error) {
    await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT apply_one");
    memo.instanceTouchedAt.clear(); // what the failed event wrote is gone, including any instance it created
    const message = error instanceof Error ? error.message : String(error);
    return { result: "unrecognized", duplicate: false, type: raw.type, instanceId: raw.instanceId, error: `processing failed: ${message}`.slice(0, 1000), changes: [] };
  }
}

function invalidOutcome(raw: Pending): TApplyResult {
  return { result: "invalid", duplicate: false, type: raw.type, instanceId: raw.instanceId, error: raw.error, changes: [] };
}

async function markProcessed(tx: Prisma.TransactionClient, rows: Pending[], outcomes: TApplyResult[]): Promise<void> {
  await tx.$executeRaw`
    UPDATE raw_event AS r
       SET result = u.result, duplicate = u.duplicate, error = u.error, type = COALESCE(u.type, r.type),
           instance_id = COALESCE(u.instance_id, r.instance_id), processed_at = now()
      FROM unnest(${rows.map((r) => r.id.toString())}::bigint[], ${outcomes.map((o) => o.result)}::text[],
                  ${outcomes.map((o) => o.duplicate)}::boolean[], ${outcomes.map((o) => o.error)}::text[],
                  ${outcomes.map((o) => o.type)}::text[], ${outcomes.map((o) => o.instanceId)}::text[])
           AS u(id, result, duplicate, error, type, instance_id)
     WHERE r.id = u.id`;
}
