"use client";

import { useTranslations } from "next-intl";
import { useReducer, useRef } from "react";
import { instanceLabel } from "@/components/format/instance-label";
import { useLiveChanges } from "@/components/realtime/use-live-changes";
import { Alert } from "@/components/ui/alert";
import type { TChatDto, TInstanceDto, TMessageDto, TRawEventDto } from "@/lib/schemas/dto";
import { applyChange, type DashboardState } from "./dashboard-state";
import { EventFeed } from "./event-feed";
import { InstanceList } from "./instance-list";
import { MessageFeed } from "./message-feed";
import { StorageBanner } from "./storage-banner";
import { useTitleBadge } from "./use-title-badge";

export type DashboardSnapshot = {
  headSeq: number;
  instances: TInstanceDto[];
  chats: TChatDto[];
  messages: TMessageDto[];
  events: TRawEventDto[];
};

/** The server snapshot, kept current by live changes. Remounted (keyed by headSeq) when the server re-renders. */
export function LiveDashboard({ snapshot, webhookUrl }: { snapshot: DashboardSnapshot; webhookUrl: string | null }) {
  const t = useTranslations("dashboard");
  const [state, dispatch] = useReducer(applyChange, snapshot, (s): DashboardState => ({
    instances: s.instances,
    chats: Object.fromEntries(s.chats.map((chat) => [chat.id, chat])),
    messages: s.messages,
    events: s.events,
  }));
  useLiveChanges(snapshot.headSeq, dispatch);

  // Entries not in the snapshot arrived live: they get a brief highlight.
  const initialIds = useRef(new Set([...snapshot.messages.map((m) => m.id), ...snapshot.events.map((e) => e.id)]));
  const byId = new Map(state.instances.map((instance) => [instance.id, instance]));
  const labelOf = (id: string | null) => instanceLabel(id ? byId.get(id) : undefined, id);
  const disconnected = state.instances.filter((i) => i.state === "disconnected").length;
  useTitleBadge(disconnected);

  return (
    <div className="space-y-6">
      <StorageBanner />
      {disconnected > 0 ? (
        <Alert tone="danger" className="font-medium">
          {t("disconnectedAlert", { count: disconnected })}
        </Alert>
      ) : null}
      <InstanceList instances={state.instances} webhookUrl={webhookUrl} />
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-5">
        <MessageFeed
          className="xl:col-span-3"
          messages={state.messages}
          chats={state.chats}
          labelOf={labelOf}
          isFresh={(id) => !initialIds.current.has(id)}
        />
        <EventFeed
          className="xl:col-span-2"
          events={state.events}
          labelOf={labelOf}
          isFresh={(id) => !initialIds.current.has(id)}
        />
      </div>
    </div>
  );
}
