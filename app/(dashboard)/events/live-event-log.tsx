"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { EventRow } from "@/components/events/event-row";
import { instanceLabel } from "@/components/format/instance-label";
import { IconInbox } from "@/components/icons/icons";
import { NewItemsPill } from "@/components/live-list/new-items-pill";
import { useHeldList } from "@/components/live-list/use-held-list";
import { useEvents, useInstances, useLiveSeed } from "@/components/realtime/use-live";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { focusRing } from "@/components/ui/focus-ring";
import { FEED_LIMIT } from "@/lib/live-store/live-state";
import type { TInstanceDto, TRawEventDto } from "@/lib/schemas/dto";
import { ReprocessEventButton } from "./reprocess-event-button";

export type EventFilter = { type: string | null; result: string | null; instanceId: string | null; phone: string | null; q: string | null };

const linkClass = cn("rounded text-sm font-medium text-brand-700 hover:underline dark:text-brand-300", focusRing);

function pageHref(filters: EventFilter, cursor: string | null): string {
  const params = new URLSearchParams();
  if (filters.type) params.set("type", filters.type);
  if (filters.result) params.set("result", filters.result);
  if (filters.instanceId) params.set("instanceId", filters.instanceId);
  if (filters.phone) params.set("phone", filters.phone);
  if (filters.q) params.set("q", filters.q);
  if (cursor) params.set("cursor", cursor);
  const query = params.toString();
  return query ? `/events?${query}` : "/events";
}

const eventId = (event: TRawEventDto) => event.id;

/**
 * The newest page reads the live store (seeded with its rows, kept current by the socket): an event shows
 * when logged, updates in place when processed, and leaves when it stops matching the filter ("pending" →
 * "ok" under a "pending" filter). Older pages are history and stay still; only instance names follow.
 */
export function LiveEventLog(props: {
  headSeq: number;
  initial: TRawEventDto[];
  instances: TInstanceDto[];
  filters: EventFilter;
  cursor: string | null;
  nextCursor: string | null;
  /** Admins may have an event processed again. */
  canReprocess: boolean;
}) {
  const t = useTranslations("events");
  // A body search cannot be judged here (the live rows carry no body): its results stay as found.
  const live = props.cursor === null && !props.filters.phone && !props.filters.q;
  const { headSeq, initial, instances: initialInstances } = props;
  const { type, result, instanceId } = props.filters;
  // History rows stay out of the store: they are not live, and would only take room from rows that are.
  const snapshot = useMemo(
    () => ({ headSeq, instances: initialInstances, events: live ? initial : [] }),
    [headSeq, initialInstances, initial, live],
  );
  useLiveSeed(snapshot);
  const matches = useMemo(
    () => (event: TRawEventDto) => (!type || event.type === type) && (!result || event.result === result) && (!instanceId || event.instanceId === instanceId),
    [type, result, instanceId],
  );
  const liveEvents = useEvents({ floor: initial.at(-1) ?? null, limit: FEED_LIMIT, where: matches });
  const events = live ? liveEvents : initial;
  const instanceList = useInstances();
  const instances = useMemo(() => new Map(instanceList.map((i) => [i.id, i])), [instanceList]);
  const [initialIds] = useState(() => new Set(initial.map((e) => e.id)));
  const held = useHeldList(events, eventId);

  const filtered = Object.values(props.filters).some(Boolean);
  return (
    <Card>
      {!live ? (
        <div className="flex flex-wrap items-center justify-between gap-2 border-b border-zinc-200 px-4 py-2.5 text-sm dark:border-zinc-800">
          <span className="text-zinc-600 dark:text-zinc-400">{props.cursor === null ? t("searchNote") : t("historyNote")}</span>
          <Link href={pageHref(props.filters, null)} className={linkClass}>
            {t("newest")}
          </Link>
        </div>
      ) : null}
      {events.length === 0 ? (
        <EmptyState
          icon={<IconInbox className="size-5" />}
          title={filtered ? t("emptyFiltered") : t("empty")}
          description={filtered ? t("emptyFilteredBody") : t("emptyBody")}
        />
      ) : (
        <>
          <NewItemsPill count={held.pending} onShow={held.release} />
          <ul {...held.listProps} className="divide-y divide-zinc-100 dark:divide-zinc-800" data-testid="event-log">
            {held.items.map((event) => (
              <EventRow
                key={event.id}
                event={event}
                instanceLabel={instanceLabel(event.instanceId ? instances.get(event.instanceId) : undefined, event.instanceId)}
                instanceColor={event.instanceId ? (instances.get(event.instanceId)?.color ?? null) : null}
                fresh={!initialIds.has(event.id)}
                action={props.canReprocess ? <ReprocessEventButton eventId={event.id} /> : null}
              />
            ))}
          </ul>
        </>
      )}
      {props.nextCursor ? (
        <div className="border-t border-zinc-200 px-4 py-3 text-center dark:border-zinc-800">
          <Link href={pageHref(props.filters, props.nextCursor)} className={linkClass}>
            {t("older")}
          </Link>
        </div>
      ) : null}
    </Card>
  );
}
