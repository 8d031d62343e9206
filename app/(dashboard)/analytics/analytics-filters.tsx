import Form from "next/form";
import { getTranslations } from "next-intl/server";
import { instanceLabel } from "@/components/format/instance-label";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import { Label } from "@/components/ui/label";
import type { TAnalyticsPeriodKind } from "@/lib/analytics/schemas";
import type { TInstanceDto } from "@/lib/schemas/dto";
import { PeriodFields } from "./period-fields";

const selectClass = cn(
  "block h-10 w-full rounded-lg border border-zinc-300 bg-white px-3 text-sm shadow-sm dark:border-zinc-700 dark:bg-zinc-950",
  focusRing,
);

/** What the form shows: the URL's choice, with a custom period's ends as wall-clock times (even when refused). */
export type TFilterValues = { instance?: string; range: TAnalyticsPeriodKind; from: string; to: string };

/** A GET form like the status board's (app/(dashboard)/status/board-filters.tsx): the period and instance live in the URL. */
export async function AnalyticsFilters({ values, instances }: { values: TFilterValues; instances: TInstanceDto[] }) {
  const t = await getTranslations("analytics");
  return (
    <Form action="/analytics" className="mb-4 grid grid-cols-2 items-end gap-3 sm:flex sm:flex-wrap">
      <div className="min-w-0 space-y-1.5 sm:w-56">
        <Label htmlFor="analytics-instance">{t("filterInstance")}</Label>
        <select id="analytics-instance" name="instance" defaultValue={values.instance ?? ""} className={selectClass}>
          <option value="">{t("allInstances")}</option>
          {instances.map((i) => (
            <option key={i.id} value={i.id}>
              {instanceLabel(i, i.id)}
            </option>
          ))}
        </select>
      </div>
      <PeriodFields range={values.range} from={values.from} to={values.to} />
      <div className="col-span-2 flex gap-2">
        <Button type="submit" variant="secondary">
          {t("apply")}
        </Button>
      </div>
    </Form>
  );
}
