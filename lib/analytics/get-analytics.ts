import type { Db } from "@/lib/db/client";
import { analyticsWindow } from "./analytics-window";
import { BUCKETING_ERROR } from "./bucket-value";
import { queryFailureReasons } from "./query-failure-reasons";
import { NO_LATENCY, queryLatencyPercentiles } from "./query-latency-percentiles";
import { queryMessageSeries, type TMessageSlot } from "./query-message-series";
import type { TAnalytics, TAnalyticsQuery } from "./schemas";

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/**
 * Delivery analytics of one instance or all of them over a period (issue 8): volumes, delivery / read / played
 * rates, latency percentiles and failures, overall and per chart slot, every figure from the rollups. The period
 * is a preset ending now or a fixed custom one (lib/analytics/analytics-window.ts).
 */
export async function getAnalytics(db: Db, query: TAnalyticsQuery, now = new Date()): Promise<TAnalytics> {
  const window = analyticsWindow(query, now);
  const instanceId = query.instance ?? null;
  const [messages, latency, failures] = await Promise.all([
    queryMessageSeries(db, window, instanceId),
    queryLatencyPercentiles(db, window, instanceId),
    queryFailureReasons(db, window, instanceId),
  ]);
  const bySlot = new Map(messages.map((m) => [m.slot.getTime(), m]));
  const empty: Omit<TMessageSlot, "slot"> = { incoming: 0, outgoing: 0, delivered: 0, read: 0, failed: 0, audio: 0, played: 0 };
  const series = window.slots.map((slot) => {
    const m = bySlot.get(slot.getTime()) ?? empty;
    return {
      at: slot.toISOString(), incoming: m.incoming, outgoing: m.outgoing, delivered: m.delivered, read: m.read, failed: m.failed,
      sentToDelivered: latency.sent_delivered.slots.get(slot.getTime()) ?? NO_LATENCY,
      deliveredToRead: latency.delivered_read.slots.get(slot.getTime()) ?? NO_LATENCY,
    };
  });
  const sum = (key: keyof Omit<TMessageSlot, "slot">) => messages.reduce((n, m) => n + m[key], 0);
  const outgoing = sum("outgoing");
  const audio = sum("audio");
  return {
    range: query.range, instanceId, from: window.from.toISOString(), to: window.to.toISOString(), slotSeconds: window.slotSeconds,
    ongoing: window.to.getTime() > now.getTime(),
    totals: {
      incoming: sum("incoming"), outgoing, delivered: sum("delivered"), read: sum("read"), failed: sum("failed"), audio, played: sum("played"),
      deliveryRate: share(sum("delivered"), outgoing), readRate: share(sum("read"), outgoing), playedRate: share(sum("played"), audio),
    },
    sentToDelivered: latency.sent_delivered.overall,
    deliveredToRead: latency.delivered_read.overall,
    bucketingError: BUCKETING_ERROR,
    failures,
    series,
  };
}
