"use client";

import { useLocale, useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { TUptime } from "@/lib/incidents/get-uptime";

const PERIODS = ["24h", "7d", "30d"] as const;

/** Rounded down to a tenth of a percent, so a short outage never reads as 100 %. */
export function formatUptime(value: number | null, locale: string): string | null {
  if (value === null) return null;
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(Math.floor(value * 1000) / 1000);
}

function tone(value: number | null): string {
  if (value === null) return "text-zinc-500 dark:text-zinc-400";
  if (value >= 0.999) return "text-emerald-700 dark:text-emerald-300";
  if (value >= 0.99) return "text-amber-700 dark:text-amber-300";
  return "text-red-700 dark:text-red-300";
}

/** "24 h 99,8 % · 7 d 100 % · 30 d 100 %". */
export function UptimeFigures({ uptime, large = false }: { uptime: TUptime; large?: boolean }) {
  const t = useTranslations("fleet");
  const locale = useLocale();
  return (
    <dl className={cn("grid grid-cols-3 gap-2", large ? "text-base" : "text-xs")} data-testid="uptime">
      {PERIODS.map((p) => (
        <div key={p} className="min-w-0">
          <dt className="text-zinc-500 dark:text-zinc-400">{t(`period.${p}`)}</dt>
          <dd className={cn("font-medium tabular-nums", tone(uptime[p]), large && "text-lg")}>{formatUptime(uptime[p], locale) ?? t("noUptime")}</dd>
        </div>
      ))}
    </dl>
  );
}
