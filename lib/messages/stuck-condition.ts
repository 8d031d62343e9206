import { Prisma } from "@/lib/generated/prisma/client";
import { MESSAGE_COLUMNS } from "@/lib/normaliser/message-columns";

/** How far back a message can still become stuck: older unconfirmed ones are history, not an alert. */
export const STUCK_WINDOW_HOURS = 48;

/** The default threshold, also the column's default (migration 20261202040500_message_stuck). */
export const DEFAULT_STUCK_AFTER_SECONDS = 600;

/**
 * Whether message `m` (joined with its instance `i`) is stuck at `now`: ours, queued or sent but confirmed by no
 * receipt past "sent" (a group member's RECEIVED counts, though it does not move the group's ticks, see
 * lib/messages/receipt-rules.ts), not failed or deleted, sent longer ago than the instance's threshold.
 */
export function stuckCondition(now: Date): Prisma.Sql {
  return Prisma.sql`m.from_me AND m.status_rank <= 1 AND m.status IS DISTINCT FROM 'FAILED' AND m.deleted_at IS NULL
    AND m.sent_at < ${now}::timestamptz - make_interval(secs => i.stuck_after_seconds)
    AND m.sent_at > ${now}::timestamptz - make_interval(hours => ${STUCK_WINDOW_HOURS})
    AND NOT EXISTS (SELECT 1 FROM status_transition st WHERE st.instance_id = m.instance_id AND st.message_id = m.message_id
                     AND st.status IN ('RECEIVED', 'READ', 'PLAYED'))`;
}

/** lib/normaliser/message-columns.ts qualified with the alias `m`, for queries that join the instance. */
export const MESSAGE_COLUMNS_OF_M = Prisma.raw(MESSAGE_COLUMNS.text.replace(/(^|,\s*)([a-z_]+)/g, "$1m.$2"));
