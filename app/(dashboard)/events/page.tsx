import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { getHeadSeq } from "@/lib/changes/get-head-seq";
import { getDb } from "@/lib/db/get-db";
import { listEvents, ZListEventsQuery } from "@/lib/events/list-events";
import { listInstances } from "@/lib/instances/list-instances";
import { EventFilters } from "./event-filters";
import { LiveEventLog } from "./live-event-log";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("events");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v?.trim() ? v : undefined;
}

export default async function EventsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser(); // before any read: see lib/auth/require-user.ts
  const params = await searchParams;
  const parsed = ZListEventsQuery.safeParse({
    type: first(params.type),
    result: first(params.result),
    cursor: first(params.cursor),
  });
  // A hand-edited URL with a bad filter shows the unfiltered log rather than an error page.
  const query = parsed.success ? parsed.data : ZListEventsQuery.parse({});
  const db = getDb();
  const headSeq = await getHeadSeq(db); // before the list, like the dashboard (see its page.tsx)
  const [page, instances] = await Promise.all([listEvents(db, query), listInstances(db)]);
  const t = await getTranslations("events");

  return (
    <>
      <div className="mb-5">
        <h1 className="text-xl font-semibold tracking-tight md:text-2xl">{t("title")}</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{t("subtitle")}</p>
      </div>
      {/* Keyed so "clear filters" (a link) also resets the selects, which only read their default once. */}
      <EventFilters key={`${query.type ?? ""}:${query.result ?? ""}`} type={query.type} result={query.result} />
      <LiveEventLog
        key={`${headSeq}:${query.type ?? ""}:${query.result ?? ""}:${query.cursor ?? ""}`}
        headSeq={headSeq}
        initial={page.items}
        instances={instances}
        filters={{ type: query.type ?? null, result: query.result ?? null }}
        cursor={query.cursor ?? null}
        nextCursor={page.nextCursor}
        canReprocess={user.role === "admin"}
      />
    </>
  );
}
