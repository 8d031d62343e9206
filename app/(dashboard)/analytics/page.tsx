import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getAnalytics } from "@/lib/analytics/get-analytics";
import { ZAnalyticsQuery } from "@/lib/analytics/schemas";
import { requireUser } from "@/lib/auth/require-user";
import { getHeadSeq } from "@/lib/changes/get-head-seq";
import { getDb } from "@/lib/db/get-db";
import { listInstances } from "@/lib/instances/list-instances";
import { LiveRefresh } from "../settings/live-refresh";
import { AnalyticsFilters } from "./analytics-filters";
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

export default async function AnalyticsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireUser(); // before any read: see lib/auth/require-user.ts
  const params = await searchParams;
  const parsed = ZAnalyticsQuery.safeParse({ instance: first(params.instance), range: first(params.range) });
  // A hand-edited URL with a bad filter shows the last 24 hours of every instance rather than an error page.
  const query = parsed.success ? parsed.data : ZAnalyticsQuery.parse({});
  const db = getDb();
  const headSeq = await getHeadSeq(db);
  const [analytics, instances] = await Promise.all([getAnalytics(db, query), listInstances(db)]);
  const t = await getTranslations("analytics");

  return (
    <>
      <div className="mb-5">
        <h1 className="text-xl font-semibold tracking-tight md:text-2xl">{t("title")}</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{t("subtitle")}</p>
      </div>
      {/* Live: a logged or processed webhook re-reads the page, at most every few seconds. */}
      <LiveRefresh headSeq={headSeq} />
      <AnalyticsFilters key={`${query.instance ?? ""}:${query.range}`} query={query} instances={instances} />
      <AnalyticsView analytics={analytics} />
    </>
  );
}
