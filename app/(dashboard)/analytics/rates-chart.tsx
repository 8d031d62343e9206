"use client";

import { useFormatter, useTranslations } from "next-intl";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { TAnalyticsSlot } from "@/lib/analytics/schemas";
import { axisProps, ChartFrame, SERIES, tooltipStyle } from "./chart-frame";

/** Shares of each slot's outgoing messages delivered and read by now (no point where nothing was sent). */
export function RatesChart({ series, slotLabel }: { series: TAnalyticsSlot[]; slotLabel: (iso: string) => string }) {
  const t = useTranslations("analytics");
  const format = useFormatter();
  const data = series.map((s) => ({
    at: s.at,
    delivered: s.outgoing === 0 ? null : s.delivered / s.outgoing,
    read: s.outgoing === 0 ? null : s.read / s.outgoing,
  }));
  const percent = (v: unknown) => (typeof v === "number" ? format.number(v, { style: "percent", maximumFractionDigits: 0 }) : "—");
  return (
    <ChartFrame title={t("ratesTitle")} testId="chart-rates">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 4, right: 8, bottom: 0, left: -8 }}>
          <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
          <XAxis dataKey="at" tickFormatter={slotLabel} minTickGap={24} {...axisProps} />
          <YAxis domain={[0, 1]} tickFormatter={percent} {...axisProps} />
          <Tooltip labelFormatter={(v) => (typeof v === "string" ? slotLabel(v) : "")} formatter={(v) => percent(v)} {...tooltipStyle} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Line dataKey="delivered" name={t("deliveryRate")} stroke={SERIES.delivered} strokeWidth={2} dot={false} connectNulls isAnimationActive={false} />
          <Line dataKey="read" name={t("readRate")} stroke={SERIES.read} strokeWidth={2} dot={false} connectNulls isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
