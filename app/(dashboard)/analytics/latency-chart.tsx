"use client";

import { useLocale, useTranslations } from "next-intl";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDuration } from "@/components/time/format-duration";
import type { TAnalyticsSlot } from "@/lib/analytics/schemas";
import { axisProps, ChartFrame, SERIES, tooltipStyle } from "./chart-frame";

/** Round durations for a log axis: Recharts' own log ticks crowd and overlap. */
const LADDER = [1, 10, 100, 1_000, 10_000, 60_000, 600_000, 3_600_000, 21_600_000, 86_400_000, 604_800_000, 3_888_000_000];

function logTicks(values: number[]): { domain: [number, number]; ticks: number[] } {
  if (values.length === 0) return { domain: [1, 1_000], ticks: [1, 10, 100, 1_000] };
  const min = Math.min(...values);
  const max = Math.max(...values);
  const lo = [...LADDER].reverse().find((t) => t <= min) ?? 1;
  const hi = LADDER.find((t) => t >= max) ?? 3_888_000_000;
  const ticks = LADDER.filter((t) => t >= lo && t <= hi);
  return { domain: [lo, hi === lo ? hi * 10 : hi], ticks };
}

/** p50/p90/p99 of one latency per slot, on a log scale (gaps span milliseconds to hours); under 1 ms draws as 1 ms. */
export function LatencyChart({ series, slotLabel, pair }: { series: TAnalyticsSlot[]; slotLabel: (iso: string) => string; pair: "sentToDelivered" | "deliveredToRead" }) {
  const t = useTranslations("analytics");
  const locale = useLocale();
  const floor = (v: number | null) => (v === null ? null : Math.max(1, v));
  const data = series.map((s) => ({ at: s.at, p50: floor(s[pair].p50), p90: floor(s[pair].p90), p99: floor(s[pair].p99) }));
  const duration = (v: unknown) => (typeof v === "number" ? formatDuration(v, locale) : "—");
  const { domain, ticks } = logTicks(data.flatMap((d) => [d.p50, d.p90, d.p99]).filter((v): v is number => v !== null));
  return (
    <ChartFrame title={t(pair === "sentToDelivered" ? "sentToDeliveredTitle" : "deliveredToReadTitle")} testId={`chart-${pair}`}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 4, right: 8, bottom: 0, left: 4 }}>
          <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
          <XAxis dataKey="at" tickFormatter={slotLabel} minTickGap={24} {...axisProps} />
          <YAxis scale="log" domain={domain} ticks={ticks} allowDataOverflow tickFormatter={duration} width={64} {...axisProps} />
          <Tooltip labelFormatter={(v) => (typeof v === "string" ? slotLabel(v) : "")} formatter={(v) => duration(v)} {...tooltipStyle} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Line dataKey="p50" name="p50" stroke={SERIES.p50} strokeWidth={2} dot={{ r: 2 }} connectNulls isAnimationActive={false} />
          <Line dataKey="p90" name="p90" stroke={SERIES.p90} strokeWidth={2} dot={{ r: 2 }} connectNulls isAnimationActive={false} />
          <Line dataKey="p99" name="p99" stroke={SERIES.p99} strokeWidth={2} dot={{ r: 2 }} connectNulls isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
