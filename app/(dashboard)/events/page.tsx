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
  // Each filter on its own: a hand-edited URL with one bad value keeps the others, and the page says which
  // value it ignored (with a way to clear it) instead of showing "all" over a list that is not.
  const raw = { type: first(params.type), result: first(params.result), instanceId: first(params.instanceId), phone: first(params.phone), q: first(params.q), cursor: first(params.cursor) };
  const invalid: { field: string; value: string }[] = [];
  const kept: Record<string, string> = {};
  for (const [field, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    if (ZListEventsQuery.safeParse({ [field]: value }).success) kept[field] = value;
    else invalid.push({ field, value });
  }
  const query = ZListEventsQuery.parse(kept);
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
      <EventFilters
        key={`${query.type ?? ""}:${query.result ?? ""}:${query.instanceId ?? ""}:${kept.phone ?? ""}:${query.q ?? ""}`}
        values={{ type: query.type, result: query.result, instanceId: query.instanceId, phone: kept.phone, q: query.q }}
        instances={instances}
        invalid={invalid}
      />
      <LiveEventLog
        key={`${headSeq}:${query.type ?? ""}:${query.result ?? ""}:${query.instanceId ?? ""}:${kept.phone ?? ""}:${query.q ?? ""}:${query.cursor ?? ""}`}
        headSeq={headSeq}
        initial={page.items}
        instances={instances}
        filters={{ type: query.type ?? null, result: query.result ?? null, instanceId: query.instanceId ?? null, phone: kept.phone ?? null, q: query.q ?? null }}
        cursor={query.cursor ?? null}
        nextCursor={page.nextCursor}
        canReprocess={user.role === "admin"}
      />
    </>
  );
}
