import type { Db } from "@/lib/db/client";
import type { TAnalyticsWindow } from "./analytics-window";
import { instanceFilter } from "./instance-filter";
import { slotOf } from "./slot-of";

export type TMessageSlot = { slot: Date; incoming: number; outgoing: number; delivered: number; read: number; failed: number; audio: number; played: number };

/**
 * Messages per chart slot from the per-minute rollup (analytics_message_minute): incoming, outgoing, and how many
 * of the outgoing ones are delivered, read, failed, audio and played now. Notifications (group joins and the
 * like) are not messages anyone sent. Reads rollup rows only: the cost follows the period, not the raw rows.
 */
export async function queryMessageSeries(db: Db, window: TAnalyticsWindow, instanceId: string | null): Promise<TMessageSlot[]> {
  return db.$queryRaw<TMessageSlot[]>`
    SELECT ${slotOf(window)} AS slot,
           coalesce(sum(r.messages) FILTER (WHERE NOT r.from_me), 0)::int AS incoming,
           coalesce(sum(r.messages) FILTER (WHERE r.from_me), 0)::int AS outgoing,
           coalesce(sum(r.delivered) FILTER (WHERE r.from_me), 0)::int AS delivered,
           coalesce(sum(r.read) FILTER (WHERE r.from_me), 0)::int AS read,
           coalesce(sum(r.failed) FILTER (WHERE r.from_me), 0)::int AS failed,
           coalesce(sum(r.messages) FILTER (WHERE r.from_me AND r.kind = 'audio'), 0)::int AS audio,
           coalesce(sum(r.played) FILTER (WHERE r.from_me AND r.kind = 'audio'), 0)::int AS played
      FROM analytics_message_minute r
     WHERE r.minute >= ${window.from} AND r.minute < ${window.to} AND r.kind <> 'notification' ${instanceFilter(instanceId)}
     GROUP BY 1`;
}
