import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appendChanges } from "@/lib/changes/append-changes";
import { applyBatch } from "@/lib/normaliser/apply-batch";
import { applyRawEvent, type TApplyResult } from "@/lib/normaliser/apply-raw-event";
import { wellFormed } from "@/lib/normaliser/well-formed";
import { FIRST_BATCH_LIMIT } from "./next-batch-limit";
import type { TChangeDraft } from "@/lib/schemas/dto";
import { rawEventToDto } from "../dto/raw-event-to-dto";

/** Arbitrary constant: the advisory lock that makes the normaliser single-writer per database. */
export const NORMALISER_LOCK = 726_194_301;

type Pending = { id: bigint; body: string; bodyEncoding: string; receivedAt: Date; type: string | null; instanceId: string | null; result: string; error: string | null };
type Outcome = Omit<TApplyResult, "result"> & { result: TApplyResult["result"] | "failed" };

/** `isolated`: the batch was applied event by event, each in its own savepoint, because the batch as a whole failed. */
export type BatchOutcome = { processed: number; locked: boolean; isolated: boolean };

/**
 * Normalises the oldest unprocessed raw events in one transaction: domain rows, change rows and the raw
 * events' results commit together, so a crash anywhere leaves either all of it or none, and the next run
 * redoes the batch (every apply is idempotent). An event that cannot be applied, or whose changes or result
 * cannot be written, is rolled back alone (savepoint) and marked `failed` with its error; it is never retried
 * forever, and it never holds back the events after it.
 */
// The caller grows `limit` while a backlog lasts (lib/normaliser/next-batch-limit.ts).
export async function normaliseBatch(db: Db, limit = FIRST_BATCH_LIMIT): Promise<BatchOutcome> {
  // Fast path: the whole batch at once (lib/normaliser/apply-batch.ts), no savepoint per event; only when
  // something in it throws is the batch redone event by event, each event with everything it writes inside
  // its own savepoint.
  try {
    return await runBatch(db, limit, false);
  } catch {
    return runBatch(db, limit, true);
  }
}

function runBatch(db: Db, limit: number, isolated: boolean): Promise<BatchOutcome> {
  return db.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<{ ok: boolean }[]>`SELECT pg_try_advisory_xact_lock(${NORMALISER_LOCK}) AS ok`;
      if (!lock?.ok) return { processed: 0, locked: true, isolated };
      const pending = await tx.$queryRaw<Pending[]>`
        SELECT id, body, body_encoding AS "bodyEncoding", received_at AS "receivedAt", type, instance_id AS "instanceId", result, error
          FROM raw_event WHERE processed_at IS NULL ORDER BY id LIMIT ${limit}`;
      if (pending.length === 0) return { processed: 0, locked: false, isolated };
      if (isolated) {
        // Every event touches its instance itself here, inside its own savepoint.
        for (const raw of pending) await applyAlone(tx, raw);
        return { processed: pending.length, locked: false, isolated };
      }
      const { outcomes, leading } = await applyBatch(tx, pending);
      await record(tx, pending, outcomes, leading);
      return { processed: pending.length, locked: false, isolated };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/**
 * One event and everything it writes (domain rows, change rows, its result) inside one savepoint. If any of it
 * fails — a value PostgreSQL refuses (a lone surrogate in a jsonb payload, an index row too large), a bug — it
 * is rolled back and the event is marked `failed` with the error, so the batch and the queue move on.
 */
async function applyAlone(tx: Prisma.TransactionClient, raw: Pending): Promise<void> {
  await tx.$executeRawUnsafe("SAVEPOINT apply_one");
  let failure: unknown;
  try {
    const outcome = raw.result === "invalid" ? invalidOutcome(raw) : await applyRawEvent(tx, raw);
    await record(tx, [raw], [outcome]);
    await tx.$executeRawUnsafe("RELEASE SAVEPOINT apply_one");
    return;
  } catch (error) {
    failure = error;
    await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT apply_one");
  }
  const failed = failedOutcome(raw, failure);
  try {
    // The failure is announced like any processed event, with the type and instance the raw log already holds.
    await record(tx, [raw], [failed]);
    await tx.$executeRawUnsafe("RELEASE SAVEPOINT apply_one");
    return;
  } catch {
    // Even that was refused: mark it without announcing it rather than select it again forever.
    await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT apply_one");
    await markProcessed(tx, [raw], [{ ...failed, type: null, instanceId: null }]);
    await tx.$executeRawUnsafe("RELEASE SAVEPOINT apply_one");
  }
}

/** Marks the events processed and appends their changes, each event's own followed by its `event:logged`. */
async function record(tx: Prisma.TransactionClient, rows: Pending[], outcomes: Outcome[], leading: TChangeDraft[] = []): Promise<void> {
  await markProcessed(tx, rows, outcomes);
  const processedAt = new Date();
  const drafts: TChangeDraft[] = [...leading];
  rows.forEach((raw, i) => {
    const outcome = outcomes[i] as Outcome;
    drafts.push(...outcome.changes, { kind: "event:logged", payload: rawEventToDto({ ...raw, ...outcome, processedAt }) });
  });
  // The one way changes are written (lib/changes/append-changes.ts), once for the whole batch.
  await appendChanges(tx, drafts);
}

function invalidOutcome(raw: Pending): Outcome {
  return { result: "invalid", duplicate: false, type: raw.type, instanceId: raw.instanceId, error: raw.error, changes: [] };
}

function failedOutcome(raw: Pending, error: unknown): Outcome {
  const message = error instanceof Error ? error.message : String(error);
  // The message may quote the refused value; it must be storable itself.
  const text = wellFormed(`processing failed: ${message}`.replaceAll("\u0000", "")).slice(0, 1000);
  return { result: "failed", duplicate: false, type: raw.type, instanceId: raw.instanceId, error: text, changes: [] };
}

/**
 * An event applied again (lib/normaliser/requeue-raw-events.ts keeps its last result until now) finds the rows
 * it wrote itself the first time, which the apply reports as `duplicate`: an event that was applied as an
 * original ('ok', not duplicate) stays one, so re-processing does not mark every event a repeat.
 */
async function markProcessed(tx: Prisma.TransactionClient, rows: Pending[], outcomes: Outcome[]): Promise<void> {
  const marks = rows.map((r, i) => {
    const o = outcomes[i] as Outcome;
    const text = (v: string | null) => (v === null ? null : wellFormed(v));
    return { row_id: r.id.toString(), new_result: o.result, new_duplicate: o.duplicate, new_error: text(o.error), new_type: text(o.type), new_instance: text(o.instanceId) };
  });
  // One JSON document, not six arrays (see lib/changes/append-changes.ts); the ids again as an array so that the
  // rows are found by key (why: lib/normaliser/save-batch-state.ts). jsonb refuses a lone surrogate (a type
  // cut at 120 characters can end in one), which a text parameter turned into U+FFFD: wellFormed does the same.
  await tx.$executeRaw`
    UPDATE raw_event AS r
       SET result = u.new_result, duplicate = u.new_duplicate AND NOT (r.result = 'ok' AND NOT r.duplicate), error = u.new_error, type = COALESCE(u.new_type, r.type),
           instance_id = COALESCE(u.new_instance, r.instance_id), processed_at = now()
      FROM jsonb_to_recordset(${JSON.stringify(marks)}::jsonb)
           AS u(row_id bigint, new_result text, new_duplicate boolean, new_error text, new_type text, new_instance text)
     WHERE r.id = u.row_id AND r.id = ANY(${marks.map((m) => m.row_id)}::bigint[])`;
}
