"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { formatDuration } from "@/components/time/format-duration";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { TAnalytics, TLatencyStats } from "@/lib/analytics/schemas";
import { FailuresChart } from "./failures-chart";
import { LatencyChart } from "./latency-chart";
import { RatesChart } from "./rates-chart";
import { VolumeChart } from "./volume-chart";

/** Summary figures and the charts of one period (lib/analytics/get-analytics.ts); all from the server's rollups. */
export function AnalyticsView({ analytics }: { analytics: TAnalytics }) {
  const t = useTranslations("analytics");
  const format = useFormatter();
  const locale = useLocale();
  const { totals } = analytics;
  const percent = (v: number | null) => (v === null ? "—" : format.number(v, { style: "percent", maximumFractionDigits: 1 }));
  const duration = (v: number | null) => (v === null ? "—" : formatDuration(v, locale));
  const slotLabel = (iso: string) => {
    const d = new Date(iso);
    if (analytics.slotSeconds < 86_400 && analytics.range !== "7d") return format.dateTime(d, { hour: "2-digit", minute: "2-digit" });
    if (analytics.range === "7d") return format.dateTime(d, { day: "2-digit", month: "2-digit", hour: "2-digit" });
    return format.dateTime(d, { day: "2-digit", month: "2-digit" });
  };

  if (totals.incoming + totals.outgoing === 0 && analytics.failures.length === 0) {
    return (
      <Card data-testid="analytics-empty">
        <EmptyState title={t("emptyTitle")} description={t("emptyDescription")} />
      </Card>
    );
  }

  const tiles: [string, string, string?][] = [
    [t("outgoing"), format.number(totals.outgoing)],
    [t("incoming"), format.number(totals.incoming)],
    [t("deliveryRate"), percent(totals.deliveryRate), t("ofOutgoing", { count: totals.delivered })],
    [t("readRate"), percent(totals.readRate), t("ofOutgoing", { count: totals.read })],
    [t("playedRate"), percent(totals.playedRate), t("ofAudio", { count: totals.audio })],
    [t("failed"), format.number(totals.failed)],
  ];
  const latencyRows: [string, TLatencyStats][] = [
    [t("sentToDelivered"), analytics.sentToDelivered],
    [t("deliveredToRead"), analytics.deliveredToRead],
  ];
  const bucketing = format.number(analytics.bucketingError, { style: "percent", maximumFractionDigits: 1 });

  return (
    <div className="space-y-4" data-testid="analytics">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {tiles.map(([label, value, hint]) => (
          <Card key={label} className="px-4 py-3">
            <dt className="text-xs font-medium text-zinc-500 dark:text-zinc-400">{label}</dt>
            <dd className="mt-1 text-xl font-semibold tabular-nums">{value}</dd>
            {hint ? <dd className="text-xs text-zinc-500 dark:text-zinc-400">{hint}</dd> : null}
          </Card>
        ))}
      </dl>

      <Card className="overflow-x-auto">
        <table className="w-full text-sm" data-testid="latency-table">
          <thead className="text-left text-xs text-zinc-500 dark:text-zinc-400">
            <tr className="border-b border-zinc-200 dark:border-zinc-800">
              <th className="whitespace-nowrap px-4 py-2 font-medium">{t("latency")}</th>
              <th className="px-3 py-2 text-right font-medium">p50</th>
              <th className="px-3 py-2 text-right font-medium">p90</th>
              <th className="px-3 py-2 text-right font-medium">p99</th>
              <th className="px-4 py-2 text-right font-medium">{t("pairs")}</th>
            </tr>
          </thead>
          <tbody className="tabular-nums">
            {latencyRows.map(([label, s]) => (
              <tr key={label} className="border-b border-zinc-100 last:border-0 dark:border-zinc-800/60">
                <th scope="row" className="whitespace-nowrap px-4 py-2 text-left font-medium">{label}</th>
                <td className="whitespace-nowrap px-3 py-2 text-right">{duration(s.p50)}</td>
                <td className="whitespace-nowrap px-3 py-2 text-right">{duration(s.p90)}</td>
                <td className="whitespace-nowrap px-3 py-2 text-right">{duration(s.p99)}</td>
                <td className="whitespace-nowrap px-4 py-2 text-right">{format.number(s.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="px-4 pb-3 pt-1 text-xs text-zinc-500 dark:text-zinc-400">{t("bucketingNote", { error: bucketing })}</p>
      </Card>

      <div className="grid gap-4 lg:grid-cols-2">
        <VolumeChart series={analytics.series} slotLabel={slotLabel} />
        <RatesChart series={analytics.series} slotLabel={slotLabel} />
        <LatencyChart series={analytics.series} slotLabel={slotLabel} pair="sentToDelivered" />
        <LatencyChart series={analytics.series} slotLabel={slotLabel} pair="deliveredToRead" />
      </div>
      <FailuresChart failures={analytics.failures} />
    </div>
  );
}
