"use client";

import { useLocale, useTimeZone, useTranslations } from "next-intl";
import { useState } from "react";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { ANALYTICS_PERIOD_KINDS, type TAnalyticsPeriodKind } from "@/lib/analytics/schemas";

const selectClass = cn(
  "block h-10 w-full rounded-lg border border-zinc-300 bg-white px-3 text-sm shadow-sm dark:border-zinc-700 dark:bg-zinc-950",
  focusRing,
);

function zoneName(locale: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "long" }).formatToParts(new Date());
  return parts.find((p) => p.type === "timeZoneName")?.value ?? timeZone;
}

/**
 * The period of the analytics form: a preset, or "custom" with its two ends as wall-clock times in the zone
 * the dashboard shows (lib/analytics/wall-clock.ts). The ends are only rendered, hence only submitted, for
 * "custom"; they start at the period on screen, so switching from a preset means adjusting it, not typing it.
 */
export function PeriodFields({ range, from, to }: { range: TAnalyticsPeriodKind; from: string; to: string }) {
  const t = useTranslations("analytics");
  const p = useTranslations("analyticsPeriod");
  const locale = useLocale();
  const timeZone = useTimeZone() ?? "UTC";
  const [kind, setKind] = useState<TAnalyticsPeriodKind>(range);
  return (
    <>
      <div className="min-w-0 space-y-1.5 sm:w-52">
        <Label htmlFor="analytics-range">{t("filterRange")}</Label>
        <select id="analytics-range" name="range" value={kind} onChange={(e) => setKind(e.target.value as TAnalyticsPeriodKind)} className={selectClass}>
          {ANALYTICS_PERIOD_KINDS.map((r) => (
            <option key={r} value={r}>
              {t("range", { range: r })}
            </option>
          ))}
        </select>
      </div>
      {kind === "custom" ? (
        <>
          <div className="col-span-2 min-w-0 space-y-1.5 sm:w-56">
            <Label htmlFor="analytics-from">{p("from")}</Label>
            <Input id="analytics-from" name="from" type="datetime-local" required defaultValue={from} aria-describedby="analytics-period-hint" />
          </div>
          <div className="col-span-2 min-w-0 space-y-1.5 sm:w-56">
            <Label htmlFor="analytics-to">{p("to")}</Label>
            <Input id="analytics-to" name="to" type="datetime-local" required defaultValue={to} aria-describedby="analytics-period-hint" />
          </div>
          {/* The zone's name comes from the ICU of whoever renders (server, then browser): it may be worded apart. */}
          <p id="analytics-period-hint" className="col-span-2 text-xs text-zinc-500 sm:order-last sm:basis-full dark:text-zinc-400" suppressHydrationWarning>
            {p("zoneHint", { zone: zoneName(locale, timeZone) })}
          </p>
        </>
      ) : null}
    </>
  );
}
