"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { EventRow } from "@/components/events/event-row";
import { instanceLabel } from "@/components/format/instance-label";
import { IconInbox } from "@/components/icons/icons";
import { useLiveChanges } from "@/components/realtime/use-live-changes";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { focusRing } from "@/components/ui/focus-ring";
import type { TInstanceDto, TRawEventDto } from "@/lib/schemas/dto";
import { applyEventChange, type EventFilter } from "./apply-event-change";
import { ReprocessEventButton } from "./reprocess-event-button";

const linkClass = cn("rounded text-sm font-medium text-brand-700 hover:underline dark:text-brand-300", focusRing);

function pageHref(filters: EventFilter, cursor: string | null): string {
  const params = new URLSearchParams();
  if (filters.type) params.set("type", filters.type);
  if (filters.result) params.set("result", filters.result);
  if (cursor) params.set("cursor", cursor);
  const query = params.toString();
  return query ? `/events?${query}` : "/events";
}

/** The newest page follows the socket; older pages are history and stay still. */
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
  const [events, setEvents] = useState(props.initial);
  const [instances, setInstances] = useState(() => new Map(props.instances.map((i) => [i.id, i])));
  const [initialIds] = useState(() => new Set(props.initial.map((e) => e.id)));
  const live = props.cursor === null;

  useLiveChanges(props.headSeq, (change) => {
    if (change.kind === "instance:upserted") {
      setInstances((map) => new Map(map).set(change.payload.id, change.payload));
    } else if (live && change.kind === "event:logged") {
      setEvents((list) => applyEventChange(list, change.payload, props.filters));
    }
  });

  const filtered = Boolean(props.filters.type || props.filters.result);
  return (
    <Card>
      {!live ? (
        <div className="flex flex-wrap items-center justify-between gap-2 border-b border-zinc-200 px-4 py-2.5 text-sm dark:border-zinc-800">
          <span className="text-zinc-600 dark:text-zinc-400">{t("historyNote")}</span>
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
        <ul className="divide-y divide-zinc-100 dark:divide-zinc-800" data-testid="event-log">
          {events.map((event) => (
            <EventRow
              key={event.id}
              event={event}
              instanceLabel={instanceLabel(event.instanceId ? instances.get(event.instanceId) : undefined, event.instanceId)}
              fresh={!initialIds.has(event.id)}
              action={props.canReprocess ? <ReprocessEventButton eventId={event.id} /> : null}
            />
          ))}
        </ul>
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
