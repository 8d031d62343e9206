"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { InstanceColorDot } from "@/components/format/instance-color-dot";
import type { ReactNode } from "react";
import { ClockTime } from "@/components/time/clock-time";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import type { TRawEventDto } from "@/lib/schemas/dto";
import { EventResultBadge } from "./event-result-badge";

/**
 * One logged webhook. `instanceLabel` resolves the instance id to the name people know it by; `action` is what
 * the viewer may do with it (an admin's "process again", app/(dashboard)/events/reprocess-event-button.tsx).
 */
export function EventRow({
  event,
  instanceLabel,
  instanceColor,
  fresh = false,
  action,
}: {
  event: TRawEventDto;
  instanceLabel: string | null;
  /** The colour an admin gave the instance (components/format/instance-color-dot.tsx). */
  instanceColor?: string | null;
  fresh?: boolean;
  action?: ReactNode;
}) {
  const t = useTranslations("events");
  return (
    <li
      data-testid="event-row"
      data-event-id={event.id}
      className={cn("relative flex min-w-0 flex-col gap-1 px-4 py-3", fresh && "animate-fade-in bg-brand-50/40 dark:bg-brand-950/30")}
    >
      <div className="flex min-w-0 items-center gap-2">
        {/* The link's box covers the row (the row is `relative`), so a click anywhere opens the event. */}
        <Link
          href={`/events/${event.id}`}
          className={cn("min-w-0 truncate rounded text-sm font-medium after:absolute after:inset-0 hover:underline", focusRing)}
        >
          {t("type", { type: event.type ?? "none" })}
        </Link>
        <ClockTime iso={event.receivedAt} className="ml-auto shrink-0 text-xs text-zinc-500 tabular-nums dark:text-zinc-400" />
      </div>
      <div className="flex min-w-0 flex-wrap items-center gap-1.5 text-xs text-zinc-600 dark:text-zinc-400">
        <EventResultBadge result={event.result} />
        {event.duplicate ? <Badge tone="info">{t("duplicate")}</Badge> : null}
        {/* The raw type repeats the title for people who know Z-API's names; phones skip it for room. */}
        <span className="hidden font-mono sm:inline">{event.type ?? t("noType")}</span>
        {instanceLabel ? (
          <>
            <span aria-hidden="true" className="hidden sm:inline">·</span>
            <InstanceColorDot color={instanceColor} className="size-2" />
            <span className="min-w-0 truncate">{instanceLabel}</span>
          </>
        ) : null}
        {/* Above the row-wide link. */}
        {action ? <span className="relative z-10 ml-auto flex min-w-0">{action}</span> : null}
      </div>
      {event.error ? (
        <p className="relative z-10 line-clamp-2 text-xs break-words text-red-700 dark:text-red-400" title={event.error}>
          {event.error}
        </p>
      ) : null}
    </li>
  );
}
