"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useMemo } from "react";
import { EventResultBadge } from "@/components/events/event-result-badge";
import { useEvents, useLiveSeed } from "@/components/realtime/use-live";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import type { TRawEventDto } from "@/lib/schemas/dto";
import { ReprocessEventButton } from "../reprocess-event-button";

/**
 * What Vigia made of the event, read from the live store so "process again" shows its new result here
 * without a reload (the normaliser's `event:logged` change, lib/changes/append-changes.ts).
 */
export function LiveEventSummary({ headSeq, event, canReprocess }: { headSeq: number; event: TRawEventDto; canReprocess: boolean }) {
  const t = useTranslations("eventDetail");
  const tEvents = useTranslations("events");
  const format = useFormatter();
  const snapshot = useMemo(() => ({ headSeq, events: [event] }), [headSeq, event]);
  useLiveSeed(snapshot);
  const isThis = useMemo(() => (e: TRawEventDto) => e.id === event.id, [event.id]);
  const live = useEvents({ floor: event, limit: 1, where: isThis })[0] ?? event;

  return (
    <Card aria-labelledby="event-result-title">
      <CardHeader>
        <CardTitle id="event-result-title">{t("resultTitle")}</CardTitle>
        {canReprocess ? <ReprocessEventButton eventId={event.id} /> : null}
      </CardHeader>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 p-4 text-sm" data-testid="event-summary">
        <dt className="text-zinc-500 dark:text-zinc-400">{t("result")}</dt>
        <dd className="flex flex-wrap items-center gap-1.5">
          <EventResultBadge result={live.result} />
          {live.duplicate ? <Badge tone="info">{tEvents("duplicate")}</Badge> : null}
        </dd>
        <dt className="text-zinc-500 dark:text-zinc-400">{t("processedAt")}</dt>
        <dd suppressHydrationWarning>
          {live.processedAt ? format.dateTime(new Date(live.processedAt), { dateStyle: "medium", timeStyle: "medium" }) : t("notProcessed")}
        </dd>
        {live.error ? (
          <>
            <dt className="text-zinc-500 dark:text-zinc-400">{t("reason")}</dt>
            <dd className="min-w-0 break-words text-red-700 dark:text-red-400">{live.error}</dd>
          </>
        ) : null}
      </dl>
    </Card>
  );
}
