import { appendChanges } from "@/lib/changes/append-changes";
import type { Db } from "@/lib/db/client";
import { messageToDto } from "@/lib/dto/message-to-dto";
import type { Message } from "@/lib/generated/prisma/client";
import type { TChangeDraft, TStuckChangedDto } from "@/lib/schemas/dto";
import { MESSAGE_COLUMNS_OF_M, stuckCondition } from "./stuck-condition";

/** Arbitrary constant: one process checks at a time (several share a database, see lib/runtime/start-vigia.ts). */
export const STUCK_CHECK_LOCK = 726_194_311;

type TStuckRow = Message & { flagged: boolean };

/**
 * One check: flags the messages that became stuck (stuck_at = now) and clears those that are not any more
 * (a receipt came, it failed, it was deleted, the threshold was raised), in one transaction with their change
 * rows: each flagged or cleared message as `message:upserted`, and per instance one `stuck:changed` with the
 * ids and the count stuck now. Nothing changes when another process holds the check. Returns those events.
 */
export async function markStuckMessages(db: Db, now = new Date()): Promise<TStuckChangedDto[]> {
  return db.$transaction(async (tx) => {
    const [lock] = await tx.$queryRaw<{ ok: boolean }[]>`SELECT pg_try_advisory_xact_lock(${STUCK_CHECK_LOCK}::bigint) AS ok`;
    if (!lock?.ok) return [];
    const flagged = await tx.$queryRaw<TStuckRow[]>`
      UPDATE message m SET stuck_at = ${now}::timestamptz FROM instance i
       WHERE i.id = m.instance_id AND m.stuck_at IS NULL AND ${stuckCondition(now)}
      RETURNING ${MESSAGE_COLUMNS_OF_M}, true AS flagged`;
    const cleared = await tx.$queryRaw<TStuckRow[]>`
      UPDATE message m SET stuck_at = NULL FROM instance i
       WHERE i.id = m.instance_id AND m.stuck_at IS NOT NULL AND m.stuck_at < ${now}::timestamptz AND NOT (${stuckCondition(now)})
      RETURNING ${MESSAGE_COLUMNS_OF_M}, false AS flagged`;
    const changed = [...flagged, ...cleared];
    if (changed.length === 0) return [];
    const instances = [...new Set(changed.map((m) => m.instanceId))];
    const counts = await tx.$queryRaw<{ instanceId: string; n: number }[]>`
      SELECT instance_id AS "instanceId", count(*)::int AS n FROM message
       WHERE stuck_at IS NOT NULL AND instance_id = ANY(${instances}::text[]) GROUP BY instance_id`;
    const events: TStuckChangedDto[] = instances.map((instanceId) => ({
      instanceId,
      flagged: flagged.filter((m) => m.instanceId === instanceId).map((m) => m.messageId),
      cleared: cleared.filter((m) => m.instanceId === instanceId).map((m) => m.messageId),
      stuckNow: counts.find((c) => c.instanceId === instanceId)?.n ?? 0,
      at: now.toISOString(),
    }));
    const drafts: TChangeDraft[] = [
      ...changed.map(({ flagged: _, ...row }): TChangeDraft => ({ kind: "message:upserted", payload: messageToDto(row) })),
      ...events.map((payload): TChangeDraft => ({ kind: "stuck:changed", payload })),
    ];
    await appendChanges(tx, drafts);
    return events;
  });
}
