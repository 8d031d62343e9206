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

const DAY = 86_400;

/** Summary figures and the charts of one period (lib/analytics/get-analytics.ts); all from the server's rollups. */
export function AnalyticsView({ analytics }: { analytics: TAnalytics }) {
  const t = useTranslations("analytics");
  const p = useTranslations("analyticsPeriod");
  const format = useFormatter();
  const locale = useLocale();
  const { totals } = analytics;
  const percent = (v: number | null) => (v === null ? "—" : format.number(v, { style: "percent", maximumFractionDigits: 1 }));
  const duration = (v: number | null) => (v === null ? "—" : formatDuration(v, locale));
  // Labels follow the span and the slot, as the slots do (lib/analytics/analytics-window.ts): times within a
  // day, the day as well beyond one (with minutes when the slots are not whole hours), days for day slots.
  const spanSeconds = (Date.parse(analytics.to) - Date.parse(analytics.from)) / 1000;
  const slotLabel = (iso: string) => {
    const d = new Date(iso);
    if (analytics.slotSeconds >= DAY) return format.dateTime(d, { day: "2-digit", month: "2-digit" });
    if (spanSeconds > DAY) return format.dateTime(d, { day: "2-digit", month: "2-digit", hour: "2-digit", ...(analytics.slotSeconds % 3600 === 0 ? {} : { minute: "2-digit" }) });
    return format.dateTime(d, { hour: "2-digit", minute: "2-digit" });
  };
  const custom =
    analytics.range === "custom" ? (
      <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400" data-testid="analytics-period">
        {/* Node's ICU and the browser's space a range apart (U+202F / U+2009 against plain spaces): without this
            the mismatch re-rendered the page from scratch, dropping the dark class (components/time/exact-time.tsx
            does the same). */}
        <span suppressHydrationWarning>
          {p("shown", { period: format.dateTimeRange(new Date(analytics.from), new Date(analytics.to), { dateStyle: "short", timeStyle: "short" }) })}
        </span>
        {analytics.ongoing ? null : <span className="block text-xs text-zinc-500 dark:text-zinc-400">{p("ended")}</span>}
      </p>
    ) : null;

  if (totals.incoming + totals.outgoing === 0 && analytics.failures.length === 0) {
    return (
      <>
        {custom}
        <Card data-testid="analytics-empty">
          <EmptyState title={t("emptyTitle")} description={t("emptyDescription")} />
        </Card>
      </>
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
      {custom}
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {tiles.map(([label, value, hint]) => (
          // A <dl> may hold only <div> groups (not Card's <section>): same look, valid list.
          <div key={label} className="rounded-xl border border-zinc-200 bg-white px-4 py-3 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
            <dt className="text-xs font-medium text-zinc-500 dark:text-zinc-400">{label}</dt>
            <dd className="mt-1 text-xl font-semibold tabular-nums">{value}</dd>
            {hint ? <dd className="text-xs text-zinc-500 dark:text-zinc-400">{hint}</dd> : null}
          </div>
        ))}
      </dl>

      <Card className="overflow-x-auto">
        <table className="w-full text-sm" data-testid="latency-table">
          <thead className="text-left text-xs text-zinc-500 dark:text-zinc-400">
            <tr className="border-b border-zinc-200 dark:border-zinc-800">
              <th className="px-2 py-2 font-medium sm:px-4">{t("latency")}</th>
              <th className="px-1.5 py-2 text-right font-medium sm:px-3">p50</th>
              <th className="px-1.5 py-2 text-right font-medium sm:px-3">p90</th>
              <th className="px-1.5 py-2 text-right font-medium sm:px-3">p99</th>
              <th className="hidden px-2 py-2 text-right font-medium sm:table-cell sm:px-4">{t("pairs")}</th>
            </tr>
          </thead>
          <tbody className="tabular-nums">
            {latencyRows.map(([label, s]) => (
              <tr key={label} className="border-b border-zinc-100 last:border-0 dark:border-zinc-800/60">
                {/* On a phone the pair's name wraps and the count of pairs moves under it, so the three percentiles
                    fit beside it without sideways scrolling (e2e/analytics.spec.ts measures it at 390 px). */}
                <th scope="row" className="px-2 py-2 text-left font-medium sm:px-4">
                  {label}
                  <span className="block text-xs font-normal text-zinc-500 sm:hidden dark:text-zinc-400">{t("pairsCount", { count: s.count })}</span>
                </th>
                <td className="whitespace-nowrap px-1.5 py-2 text-right sm:px-3">{duration(s.p50)}</td>
                <td className="whitespace-nowrap px-1.5 py-2 text-right sm:px-3">{duration(s.p90)}</td>
                <td className="whitespace-nowrap px-1.5 py-2 text-right sm:px-3">{duration(s.p99)}</td>
                <td className="hidden whitespace-nowrap px-2 py-2 text-right sm:table-cell sm:px-4">{format.number(s.count)}</td>
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
