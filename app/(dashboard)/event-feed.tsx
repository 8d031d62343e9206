"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { EventRow } from "@/components/events/event-row";
import { IconInbox } from "@/components/icons/icons";
import { NewItemsPill } from "@/components/live-list/new-items-pill";
import { useHeldList } from "@/components/live-list/use-held-list";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { focusRing } from "@/components/ui/focus-ring";
import type { TRawEventDto } from "@/lib/schemas/dto";
import { moreLink, PHONE_ROWS, phoneFew } from "./phone-rows";

const eventId = (event: TRawEventDto) => event.id;

export function EventFeed({
  events,
  labelOf,
  colorOf,
  isFresh,
  className,
}: {
  events: TRawEventDto[];
  labelOf: (instanceId: string | null) => string | null;
  colorOf: (instanceId: string | null) => string | null;
  isFresh: (id: string) => boolean;
  className?: string;
}) {
  const t = useTranslations("feed");
  const tMore = useTranslations("feedMore");
  const held = useHeldList(events, eventId);
  return (
    <Card className={className} aria-labelledby="events-title">
      <CardHeader>
        <CardTitle id="events-title">{t("eventsTitle")}</CardTitle>
        <Link
          href="/events"
          className={`${focusRing} rounded text-xs font-medium text-brand-700 hover:underline dark:text-brand-300`}
        >
          {t("openLog")}
        </Link>
      </CardHeader>
      {events.length === 0 ? (
        <EmptyState icon={<IconInbox className="size-5" />} title={t("eventsEmpty")} description={t("eventsEmptyBody")} />
      ) : (
        <>
          <NewItemsPill count={held.pending} onShow={held.release} />
          <ul
            // Scrolls by itself on desktop: focusable, so a keyboard can scroll it too (arrows, Page Down).
            tabIndex={0}
            aria-labelledby="events-title"
            {...held.listProps}
            className={cn("relative divide-y divide-zinc-100 xl:max-h-[36rem] xl:overflow-y-auto dark:divide-zinc-800", focusRing, phoneFew)}
            data-testid="event-feed"
          >
            {held.items.map((event) => (
              <EventRow key={event.id} event={event} instanceLabel={labelOf(event.instanceId)} instanceColor={colorOf(event.instanceId)} fresh={isFresh(event.id)} />
            ))}
          </ul>
          {held.items.length > PHONE_ROWS ? (
            <div className="border-t border-zinc-200 px-4 py-3 text-center md:hidden dark:border-zinc-800">
              <Link href="/events" className={moreLink}>
                {tMore("seeAllEvents")}
              </Link>
            </div>
          ) : null}
        </>
      )}
    </Card>
  );
}
