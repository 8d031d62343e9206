/** A quiet queue's batch: small, so the first changes of a burst reach the browser within a fraction of a second. */
export const FIRST_BATCH_LIMIT = 50;
/** A backlog's batch: the set-based apply (lib/normaliser/apply-batch.ts) costs about the same number of statements for 2000 events as for 50. */
export const MAX_BATCH_LIMIT = 2000;

/** The next batch's size: doubled while batches come back full (a backlog), back to the first size once one does not. */
export function nextBatchLimit(limit: number, processed: number): number {
  return processed >= limit ? Math.min(MAX_BATCH_LIMIT, limit * 2) : FIRST_BATCH_LIMIT;
}
