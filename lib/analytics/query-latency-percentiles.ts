import type { Db } from "@/lib/db/client";
import type { TAnalyticsWindow } from "./analytics-window";
import { bucketValueMs } from "./bucket-value";
import { instanceFilter } from "./instance-filter";
import type { TLatencyStats } from "./schemas";
import { slotOf } from "./slot-of";

export type TLatencyPair = "sent_delivered" | "delivered_read";
/** Per pair: the whole period (`overall`) and each slot that has any pair measured (by slot start, ms). */
export type TLatencyPercentiles = Record<TLatencyPair, { overall: TLatencyStats; slots: Map<number, TLatencyStats> }>;

type TRow = { slot: Date | null; pair: string; total: number; p50: number; p90: number; p99: number };

export const NO_LATENCY: TLatencyStats = { count: 0, p50: null, p90: null, p99: null };

/**
 * p50/p90/p99 of each latency pair from the summed histograms (analytics_latency_minute), per slot and for the
 * whole period, all in Postgres: the counts of a bucket summed over the minutes, then the first bucket whose
 * cumulative count reaches the rank ceil(q·n) (nearest rank), read as its middle (lib/analytics/bucket-value.ts).
 */
export async function queryLatencyPercentiles(db: Db, window: TAnalyticsWindow, instanceId: string | null): Promise<TLatencyPercentiles> {
  const rows = await db.$queryRaw<TRow[]>`
    WITH h AS (
      SELECT slot, pair, bucket, sum(c) AS n
        FROM (SELECT ${slotOf(window)} AS slot, r.pair, u.i - 1 AS bucket, u.c
                FROM analytics_latency_minute r CROSS JOIN LATERAL unnest(r.counts) WITH ORDINALITY AS u(c, i)
               WHERE r.minute >= ${window.from} AND r.minute < ${window.to} AND r.total > 0 ${instanceFilter(instanceId)} AND u.c <> 0) AS x
       GROUP BY GROUPING SETS ((slot, pair, bucket), (pair, bucket))
    ), c AS (
      SELECT slot, pair, bucket, sum(n) OVER (PARTITION BY slot, pair ORDER BY bucket) AS cum, sum(n) OVER (PARTITION BY slot, pair) AS total FROM h
    )
    SELECT slot, pair, total::int AS total,
           min(bucket) FILTER (WHERE cum >= ceil(50 * total / 100.0))::int AS p50,
           min(bucket) FILTER (WHERE cum >= ceil(90 * total / 100.0))::int AS p90,
           min(bucket) FILTER (WHERE cum >= ceil(99 * total / 100.0))::int AS p99
      FROM c GROUP BY slot, pair, total`;
  const out: TLatencyPercentiles = {
    sent_delivered: { overall: NO_LATENCY, slots: new Map() },
    delivered_read: { overall: NO_LATENCY, slots: new Map() },
  };
  for (const row of rows) {
    const pair = out[row.pair as TLatencyPair];
    if (!pair) continue;
    const stats = { count: row.total, p50: bucketValueMs(row.p50), p90: bucketValueMs(row.p90), p99: bucketValueMs(row.p99) };
    if (row.slot === null) pair.overall = stats;
    else pair.slots.set(row.slot.getTime(), stats);
  }
  return out;
}
