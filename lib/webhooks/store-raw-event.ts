import { isConnectionError } from "./is-connection-error";
import { isRawLogUnavailable, type RawEventDraft, type RawLog } from "./raw-log";
import type { Spool } from "./spool";

export type StoreDeps = { rawLog: Pick<RawLog, "append">; spool: Pick<Spool, "append">; onSpooled?(): void };

/**
 * Stores a raw event durably: in the raw log when it commits in time, otherwise (database down, hung, or
 * the queue full) fsynced to the local spool, which the drainer moves into the raw log later. Throws
 * SpoolWriteFailed when neither can keep it; a row the database refuses for its content (not an outage)
 * throws that database error, as before the spool existed.
 */
export async function storeRawEvent(deps: StoreDeps, draft: RawEventDraft, arrivedAt: Date): Promise<{ id: string } | { spooled: true }> {
  try {
    return { id: await deps.rawLog.append(draft) };
  } catch (error) {
    if (!isRawLogUnavailable(error) && !isConnectionError(error)) throw error;
  }
  await deps.spool.append({ ...draft, receivedAt: arrivedAt.toISOString() });
  deps.onSpooled?.();
  return { spooled: true };
}
