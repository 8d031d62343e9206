import { z } from "zod";
import { DEFAULT_TIME_ZONE } from "@/i18n/config";
import { parseCustomPeriod, PERIOD_PROBLEMS, PERIOD_PROBLEM_TEXT, type TPeriodProblem } from "./parse-period";

/** The preset periods the analytics page and GET /api/analytics offer, each ending now. */
export const ANALYTICS_RANGES = ["1h", "24h", "7d", "30d"] as const;
export type TAnalyticsRange = (typeof ANALYTICS_RANGES)[number];
/** A preset, or `custom`: the fixed period `from`–`to` (lib/analytics/parse-period.ts). */
export const ANALYTICS_PERIOD_KINDS = [...ANALYTICS_RANGES, "custom"] as const;
export type TAnalyticsPeriodKind = (typeof ANALYTICS_PERIOD_KINDS)[number];

export type TAnalyticsPeriod = { range: TAnalyticsRange } | { range: "custom"; from: Date; to: Date };
export type TAnalyticsQuery = { instance?: string } & TAnalyticsPeriod;

/**
 * The query of the page and of GET /api/analytics. `from` and `to` count only for `range=custom` (which they
 * imply when `range` is left out); zone-less values are wall-clock times in the zone the dashboard shows
 * (i18n/config.ts), so the page's own links read as its inputs do.
 */
export const ZAnalyticsQuery = z
  .object({
    instance: z.string().min(1).max(120).optional(),
    range: z.enum(ANALYTICS_PERIOD_KINDS).optional(),
    from: z.string().max(64).optional(),
    to: z.string().max(64).optional(),
  })
  .transform((q, ctx): TAnalyticsQuery => {
    const instance = q.instance === undefined ? {} : { instance: q.instance };
    const range = q.range ?? (q.from !== undefined || q.to !== undefined ? "custom" : "24h");
    if (range !== "custom") return { ...instance, range };
    const period = parseCustomPeriod(q.from, q.to, DEFAULT_TIME_ZONE);
    if (!period.ok) {
      ctx.addIssue({ code: "custom", path: [period.field], message: PERIOD_PROBLEM_TEXT[period.problem], params: { period: period.problem } });
      return z.NEVER;
    }
    return { ...instance, range, from: period.from, to: period.to };
  });

/** Why the period of a refused query was refused, for the page's words; null when it was something else. */
export function periodProblemOf(error: z.ZodError): TPeriodProblem | null {
  for (const issue of error.issues) {
    const problem: unknown = issue.code === "custom" ? issue.params?.period : undefined;
    if (PERIOD_PROBLEMS.includes(problem as TPeriodProblem)) return problem as TPeriodProblem;
  }
  return null;
}

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
  range: TAnalyticsPeriodKind;
  instanceId: string | null;
  from: string;
  to: string;
  slotSeconds: number;
  /** The period reaches now (every preset; a custom one until its end): the page follows it live. */
  ongoing: boolean;
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
