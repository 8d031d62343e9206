import { z } from "zod";

/** The periods the analytics page and GET /api/analytics offer. */
export const ANALYTICS_RANGES = ["1h", "24h", "7d", "30d"] as const;
export type TAnalyticsRange = (typeof ANALYTICS_RANGES)[number];

export const ZAnalyticsQuery = z.object({
  instance: z.string().min(1).max(120).optional(),
  range: z.enum(ANALYTICS_RANGES).default("24h"),
});
export type TAnalyticsQuery = z.infer<typeof ZAnalyticsQuery>;

/** Latency percentiles in milliseconds (null: no pair of steps in the period); `count` pairs measured. */
export type TLatencyStats = { count: number; p50: number | null; p90: number | null; p99: number | null };

export type TAnalyticsSlot = {
  /** Start of the slot, ISO. */
  at: string;
  incoming: number;
  outgoing: number;
  delivered: number;
  read: number;
  failed: number;
  sentToDelivered: TLatencyStats;
  deliveredToRead: TLatencyStats;
};

export type TAnalytics = {
  range: TAnalyticsRange;
  instanceId: string | null;
  from: string;
  to: string;
  slotSeconds: number;
  totals: {
    incoming: number;
    outgoing: number;
    delivered: number;
    read: number;
    failed: number;
    /** Outgoing audio messages, and how many of them were played. */
    audio: number;
    played: number;
    /** Shares of outgoing (of outgoing audio for playedRate); null when there is nothing to divide by. */
    deliveryRate: number | null;
    readRate: number | null;
    playedRate: number | null;
  };
  sentToDelivered: TLatencyStats;
  deliveredToRead: TLatencyStats;
  /** Relative error of every percentile above (lib/analytics/bucket-value.ts). */
  bucketingError: number;
  failures: { reason: string; count: number }[];
  series: TAnalyticsSlot[];
};
