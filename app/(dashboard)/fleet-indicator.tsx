"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatDuration } from "@/components/time/format-duration";
import { useClientNow } from "@/components/time/use-client-now";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import type { TFleet } from "@/lib/fleet/fleet-rows";

/** "Tudo certo" or "N problemas", with who: the one line to read from across the room. */
export function FleetIndicator({ fleet, snapshotAt }: { fleet: TFleet; snapshotAt: number }) {
  const t = useTranslations("fleet");
  const locale = useLocale();
  const now = useClientNow(snapshotAt);
  const troubled = fleet.rows.filter((r) => r.health.problem);
  const names = [...(fleet.noWebhooks ? [t("noWebhooksName")] : []), ...troubled.map((r) => r.label)];
  const fine = fleet.problems === 0;
  return (
    <section
      aria-label={t("indicatorLabel")}
      data-testid="fleet-indicator"
      data-problems={fleet.problems}
      className={cn(
        "flex flex-wrap items-center gap-x-4 gap-y-1 rounded-xl border px-4 py-3",
        fine
          ? "border-emerald-200 bg-emerald-50 text-emerald-950 dark:border-emerald-900 dark:bg-emerald-950/40 dark:text-emerald-50"
          : "border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950/50 dark:text-red-50",
      )}
    >
      <p className="flex items-center gap-2.5 text-lg font-semibold" role="status" aria-live="polite">
        <span aria-hidden className={cn("size-3 shrink-0 rounded-full", fine ? "bg-emerald-500" : "animate-pulse bg-red-500 motion-reduce:animate-none")} />
        {fine ? t("allFine") : t("problems", { count: fleet.problems })}
      </p>
      <p className="min-w-0 text-sm break-words opacity-90">
        {fine ? t("allFineBody", { count: fleet.rows.length }) : t("problemsBody", { names: names.join(", ") })}
      </p>
      {fleet.noWebhooks ? (
        <Link href={`/incidents/${fleet.noWebhooks.id}`} className={cn("basis-full rounded text-sm underline underline-offset-2", focusRing)}>
          {t("noWebhooks", { duration: formatDuration(Math.max(0, now - Date.parse(fleet.noWebhooks.startedAt)), locale) })}
        </Link>
      ) : null}
    </section>
  );
}
