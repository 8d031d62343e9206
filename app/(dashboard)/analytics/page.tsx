import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { DEFAULT_TIME_ZONE } from "@/i18n/config";
import { getAnalytics } from "@/lib/analytics/get-analytics";
import { MAX_CUSTOM_DAYS } from "@/lib/analytics/parse-period";
import { ANALYTICS_PERIOD_KINDS, periodProblemOf, type TAnalyticsPeriodKind, ZAnalyticsQuery } from "@/lib/analytics/schemas";
import { dateToWallClock } from "@/lib/analytics/wall-clock";
import { requireUser } from "@/lib/auth/require-user";
import { getHeadSeq } from "@/lib/changes/get-head-seq";
import { getDb } from "@/lib/db/get-db";
import { listInstances } from "@/lib/instances/list-instances";
import { LiveRefresh } from "../settings/live-refresh";
import { AnalyticsFilters, type TFilterValues } from "./analytics-filters";
import { AnalyticsView } from "./analytics-view";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("analytics");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v?.trim() ? v : undefined;
}

const isPeriodKind = (v: string | undefined): v is TAnalyticsPeriodKind => ANALYTICS_PERIOD_KINDS.includes(v as TAnalyticsPeriodKind);

export default async function AnalyticsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireUser(); // before any read: see lib/auth/require-user.ts
  const params = await searchParams;
  const asked = { instance: first(params.instance), range: first(params.range), from: first(params.from), to: first(params.to) };
  const parsed = ZAnalyticsQuery.safeParse(asked);
  // A hand-edited URL with a bad filter says what is wrong and shows the last 24 hours (of the instance, when
  // that part was fine) rather than an error page; the form keeps what was typed so it can be corrected.
  const fallback = ZAnalyticsQuery.safeParse({ instance: asked.instance });
  const query = parsed.success ? parsed.data : fallback.success ? fallback.data : ZAnalyticsQuery.parse({});
  const problem = parsed.success ? null : (periodProblemOf(parsed.error) ?? "other");
  const db = getDb();
  const headSeq = await getHeadSeq(db);
  const [analytics, instances] = await Promise.all([getAnalytics(db, query), listInstances(db)]);
  const t = await getTranslations("analytics");
  const p = await getTranslations("analyticsPeriod");

  // The custom fields start at the period on screen, or at what was typed when it was refused.
  const wall = (iso: string) => dateToWallClock(new Date(iso), DEFAULT_TIME_ZONE);
  const values: TFilterValues = parsed.success
    ? { instance: query.instance, range: query.range, from: wall(analytics.from), to: wall(analytics.to) }
    : {
        instance: fallback.success ? asked.instance : undefined,
        range: isPeriodKind(asked.range) ? asked.range : asked.from !== undefined || asked.to !== undefined ? "custom" : query.range,
        from: asked.from ?? wall(analytics.from),
        to: asked.to ?? wall(analytics.to),
      };

  return (
    <>
      <div className="mb-5">
        <h1 className="text-xl font-semibold tracking-tight md:text-2xl">{t("title")}</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{t("subtitle")}</p>
      </div>
      {/* Live: a logged or processed webhook re-reads the page, at most every few seconds; a period that has
          ended does not move, so it is read once. */}
      <LiveRefresh headSeq={headSeq} follow={analytics.ongoing} />
      {/* A preset's ends move with every re-read: only a custom period's ends are part of what the form is for. */}
      <AnalyticsFilters
        key={`${values.instance ?? ""}:${values.range}${values.range === "custom" ? `:${values.from}:${values.to}` : ""}`}
        values={values}
        instances={instances}
      />
      {problem ? (
        <Alert tone="danger" className="mb-4">
          <span data-testid="analytics-period-problem">{p("problem", { problem, maxDays: MAX_CUSTOM_DAYS })}</span> {p("showingInstead")}
        </Alert>
      ) : null}
      <AnalyticsView analytics={analytics} />
    </>
  );
}
