"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { instanceLabel } from "@/components/format/instance-label";
import { useChats, useEvents, useInstances, useLiveSeed, useMessages } from "@/components/realtime/use-live";
import { Alert } from "@/components/ui/alert";
import { FEED_LIMIT } from "@/lib/live-store/live-state";
import type { LiveSnapshot } from "@/lib/live-store/seed-snapshot";
import type { TChatDto, TInstanceDto, TMessageDto, TRawEventDto } from "@/lib/schemas/dto";
import { EventFeed } from "./event-feed";
import { InstanceList } from "./instance-list";
import { MessageFeed } from "./message-feed";
import { StorageBanner } from "./storage-banner";
import { useTitleBadge } from "./use-title-badge";

export type DashboardSnapshot = LiveSnapshot & {
  instances: TInstanceDto[];
  chats: TChatDto[];
  messages: TMessageDto[];
  events: TRawEventDto[];
};

/** The server snapshot, seeded into the live store, which the socket keeps current (components/realtime/use-live.ts). */
export function LiveDashboard({ snapshot, webhookUrl, canManage }: { snapshot: DashboardSnapshot; webhookUrl: string | null; canManage: boolean }) {
  const t = useTranslations("dashboard");
  useLiveSeed(snapshot);
  const all = useInstances();
  // Archived instances leave the overview and its counts (Settings → Instances keeps them).
  const instances = all.filter((i) => i.archivedAt === null);
  const chats = useChats();
  const messages = useMessages({ floor: snapshot.messages.at(-1) ?? null, limit: FEED_LIMIT });
  const events = useEvents({ floor: snapshot.events.at(-1) ?? null, limit: FEED_LIMIT });

  // Entries not in the snapshot arrived live: they get a brief highlight.
  const [initialIds] = useState(() => new Set([...snapshot.messages.map((m) => m.id), ...snapshot.events.map((e) => e.id)]));
  const isFresh = (id: string) => !initialIds.has(id);
  const byId = new Map(all.map((instance) => [instance.id, instance]));
  const labelOf = (id: string | null) => instanceLabel(id ? byId.get(id) : undefined, id);
  const colorOf = (id: string | null) => (id ? (byId.get(id)?.color ?? null) : null);
  const disconnected = instances.filter((i) => i.state === "disconnected").length;
  useTitleBadge(disconnected);

  return (
    <div className="space-y-6">
      <StorageBanner />
      {disconnected > 0 ? (
        <Alert tone="danger" className="font-medium">
          {t("disconnectedAlert", { count: disconnected })}
        </Alert>
      ) : null}
      <InstanceList instances={instances} archived={all.length - instances.length} webhookUrl={webhookUrl} canManage={canManage} />
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-5">
        <MessageFeed className="xl:col-span-3" messages={messages} chats={chats} labelOf={labelOf} colorOf={colorOf} isFresh={isFresh} />
        <EventFeed className="xl:col-span-2" events={events} labelOf={labelOf} colorOf={colorOf} isFresh={isFresh} />
      </div>
    </div>
  );
}
