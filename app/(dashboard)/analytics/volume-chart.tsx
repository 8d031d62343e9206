"use client";

import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { TAnalyticsSlot } from "@/lib/analytics/schemas";
import { axisProps, ChartFrame, SERIES, tooltipStyle } from "./chart-frame";

/** Messages in and out per slot. */
export function VolumeChart({ series, slotLabel }: { series: TAnalyticsSlot[]; slotLabel: (iso: string) => string }) {
  const t = useTranslations("analytics");
  return (
    <ChartFrame title={t("volumeTitle")} testId="chart-volume">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={series} margin={{ top: 4, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
          <XAxis dataKey="at" tickFormatter={slotLabel} minTickGap={24} {...axisProps} />
          <YAxis allowDecimals={false} {...axisProps} />
          <Tooltip labelFormatter={(v) => (typeof v === "string" ? slotLabel(v) : "")} cursor={{ fill: "var(--chart-grid)" }} {...tooltipStyle} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="outgoing" name={t("outgoing")} fill={SERIES.outgoing} radius={[3, 3, 0, 0]} maxBarSize={28} isAnimationActive={false} />
          <Bar dataKey="incoming" name={t("incoming")} fill={SERIES.incoming} radius={[3, 3, 0, 0]} maxBarSize={28} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
