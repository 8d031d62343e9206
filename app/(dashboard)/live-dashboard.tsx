"use client";

import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { instanceLabel } from "@/components/format/instance-label";
import { shortId } from "@/components/format/short-id";
import { useChats, useEvents, useIncidentRows, useInstances, useLiveSeed, useMessages, useStuckRows } from "@/components/realtime/use-live";
import { fleetRows } from "@/lib/fleet/fleet-rows";
import type { TFleetOverview } from "@/lib/fleet/get-fleet-overview";
import { EVENT_CAPACITY, FEED_LIMIT } from "@/lib/live-store/live-state";
import type { LiveSnapshot } from "@/lib/live-store/seed-snapshot";
import type { TChatDto, TInstanceDto, TMessageDto, TRawEventDto } from "@/lib/schemas/dto";
import { EventFeed } from "./event-feed";
import { FleetIndicator } from "./fleet-indicator";
import { InstanceList } from "./instance-list";
import { MessageFeed } from "./message-feed";
import { StorageBanner } from "./storage-banner";
import { useTitleBadge } from "@/components/shell/use-title-badge";
import { useFaviconBadge } from "./use-favicon-badge";

export type DashboardSnapshot = LiveSnapshot & {
  instances: TInstanceDto[];
  chats: TChatDto[];
  messages: TMessageDto[];
  events: TRawEventDto[];
  fleet: TFleetOverview;
};

/**
 * The fleet overview over the live feeds: the server snapshot, seeded into the live store, which the socket keeps
 * current (components/realtime/use-live.ts); the fleet's figures merged with what arrived since (lib/fleet/fleet-rows.ts).
 */
export function LiveDashboard({ snapshot, webhookUrl, canManage }: { snapshot: DashboardSnapshot; webhookUrl: string | null; canManage: boolean }) {
  const t = useTranslations("instances");
  useLiveSeed(snapshot);
  const all = useInstances();
  // Archived instances leave the overview and its counts (Settings → Instances keeps them).
  const instances = useMemo(() => all.filter((i) => i.archivedAt === null), [all]);
  const chats = useChats();
  const messages = useMessages({ floor: snapshot.messages.at(-1) ?? null, limit: FEED_LIMIT });
  const events = useEvents({ floor: snapshot.events.at(-1) ?? null, limit: FEED_LIMIT });

  // Entries not in the snapshot arrived live: they get a brief highlight.
  const [initialIds] = useState(() => new Set([...snapshot.messages.map((m) => m.id), ...snapshot.events.map((e) => e.id)]));
  const isFresh = (id: string) => !initialIds.has(id);
  const byId = new Map(all.map((instance) => [instance.id, instance]));
  const labelOf = (id: string | null) => instanceLabel(id ? byId.get(id) : undefined, id);
  const colorOf = (id: string | null) => (id ? (byId.get(id)?.color ?? null) : null);
  const incidents = useIncidentRows();
  const stuck = useStuckRows();
  const recent = useEvents({ floor: null, limit: EVENT_CAPACITY });
  const fleet = useMemo(
    () =>
      fleetRows({
        instances,
        overview: snapshot.fleet,
        headSeq: snapshot.headSeq,
        incidents,
        stuck,
        events: recent,
        labelOf: (i) => instanceLabel(i, i.id) ?? t("unnamed", { id: shortId(i.id) }),
      }),
    [instances, snapshot, incidents, stuck, recent, t],
  );
  useTitleBadge(fleet.problems);
  useFaviconBadge(fleet.problems);
  const snapshotAt = Date.parse(snapshot.fleet.at);

  return (
    <div className="space-y-6">
      <StorageBanner />
      {instances.length > 0 || fleet.noWebhooks ? <FleetIndicator fleet={fleet} snapshotAt={snapshotAt} /> : null}
      <InstanceList rows={fleet.rows} archived={all.length - instances.length} webhookUrl={webhookUrl} canManage={canManage} snapshotAt={snapshotAt} />
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-5">
        <MessageFeed className="xl:col-span-3" messages={messages} chats={chats} labelOf={labelOf} colorOf={colorOf} isFresh={isFresh} />
        <EventFeed className="xl:col-span-2" events={events} labelOf={labelOf} colorOf={colorOf} isFresh={isFresh} />
      </div>
    </div>
  );
}
