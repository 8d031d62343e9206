import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { IconArrowLeft } from "@/components/icons/icons";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import { requireUser } from "@/lib/auth/require-user";
import { getHeadSeq } from "@/lib/changes/get-head-seq";
import { getDb } from "@/lib/db/get-db";
import { getEvent } from "@/lib/events/get-event";
import { getEventEffects } from "@/lib/events/get-event-effects";
import { EventBody } from "./event-body";
import { EventChanges } from "./event-changes";
import { LiveEventSummary } from "./live-event-summary";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations("eventDetail");
  return { title: t("metaTitle", { id: (await params).id }) };
}

const backLink = cn(
  "inline-flex items-center gap-1.5 rounded text-sm font-medium text-brand-700 hover:underline dark:text-brand-300",
  focusRing,
);

/** One webhook as received (time, headers, raw body), what Vigia made of it and what it changed. */
export default async function EventDetailPage({ params }: { params: Params }) {
  const user = await requireUser(); // before any read: see lib/auth/require-user.ts
  const { id } = await params;
  const db = getDb();
  const headSeq = await getHeadSeq(db); // before the read, like the dashboard (see app/(dashboard)/page.tsx)
  const event = await getEvent(db, id);
  if (!event) notFound();
  const effects = await getEventEffects(db, event);
  const t = await getTranslations("eventDetail");
  const tEvents = await getTranslations("events");
  const format = await getFormatter();
  const headers = Object.entries(event.headers).sort(([a], [b]) => a.localeCompare(b));

  return (
    <>
      <div className="mb-5 space-y-2">
        <Link href="/events" className={backLink}>
          <IconArrowLeft className="size-4" />
          {t("back")}
        </Link>
        <h1 className="text-xl font-semibold tracking-tight md:text-2xl">{tEvents("type", { type: event.type ?? "none" })}</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          <span className="font-mono">{event.type ?? tEvents("noType")}</span> · {t("number", { id: event.id })} ·{" "}
          {t("receivedAt")}{" "}
          <time dateTime={event.receivedAt}>
            {format.dateTime(new Date(event.receivedAt), { dateStyle: "long", timeStyle: "medium" })}
          </time>
        </p>
      </div>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-5">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <LiveEventSummary headSeq={headSeq} event={event} canReprocess={user.role === "admin"} />
          <EventChanges effects={effects} />
        </div>
        <div className="min-w-0 space-y-6 lg:col-span-3">
          <EventBody body={event.body} encoding={event.bodyEncoding} />
          <Card aria-labelledby="event-headers-title">
            <CardHeader>
              <CardTitle id="event-headers-title">{t("headersTitle")}</CardTitle>
            </CardHeader>
            {headers.length === 0 ? (
              <CardBody className="text-sm text-zinc-600 dark:text-zinc-400">{t("noHeaders")}</CardBody>
            ) : (
              <dl className="divide-y divide-zinc-100 text-sm dark:divide-zinc-800" data-testid="event-headers">
                {headers.map(([name, value]) => (
                  <div key={name} className="grid grid-cols-1 gap-x-4 px-4 py-2 sm:grid-cols-3">
                    <dt className="font-mono text-xs text-zinc-500 dark:text-zinc-400">{name}</dt>
                    <dd className="min-w-0 font-mono text-xs break-all sm:col-span-2">{value}</dd>
                  </div>
                ))}
              </dl>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
