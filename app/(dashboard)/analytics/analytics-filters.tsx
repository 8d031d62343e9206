import Form from "next/form";
import { getTranslations } from "next-intl/server";
import { instanceLabel } from "@/components/format/instance-label";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import { Label } from "@/components/ui/label";
import { ANALYTICS_RANGES, type TAnalyticsQuery } from "@/lib/analytics/schemas";
import type { TInstanceDto } from "@/lib/schemas/dto";

const selectClass = cn(
  "block h-10 w-full rounded-lg border border-zinc-300 bg-white px-3 text-sm shadow-sm dark:border-zinc-700 dark:bg-zinc-950",
  focusRing,
);

/** A GET form like the status board's (app/(dashboard)/status/board-filters.tsx): the period and instance live in the URL. */
export async function AnalyticsFilters({ query, instances }: { query: TAnalyticsQuery; instances: TInstanceDto[] }) {
  const t = await getTranslations("analytics");
  return (
    <Form action="/analytics" className="mb-4 grid grid-cols-2 items-end gap-3 sm:flex sm:flex-wrap">
      <div className="min-w-0 space-y-1.5 sm:w-56">
        <Label htmlFor="analytics-instance">{t("filterInstance")}</Label>
        <select id="analytics-instance" name="instance" defaultValue={query.instance ?? ""} className={selectClass}>
          <option value="">{t("allInstances")}</option>
          {instances.map((i) => (
            <option key={i.id} value={i.id}>
              {instanceLabel(i, i.id)}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-0 space-y-1.5 sm:w-44">
        <Label htmlFor="analytics-range">{t("filterRange")}</Label>
        <select id="analytics-range" name="range" defaultValue={query.range} className={selectClass}>
          {ANALYTICS_RANGES.map((r) => (
            <option key={r} value={r}>
              {t("range", { range: r })}
            </option>
          ))}
        </select>
      </div>
      <div className="col-span-2 flex gap-2">
        <Button type="submit" variant="secondary">
          {t("apply")}
        </Button>
      </div>
    </Form>
  );
}
