"use client";

import { useContext, useMemo, useSyncExternalStore } from "react";
import type { LiveStore } from "@/lib/live-store/create-live-store";
import { type LiveState, messageKey } from "@/lib/live-store/live-state";
import type { LiveSnapshot } from "@/lib/live-store/seed-snapshot";
import {
  type ListWindow,
  selectChatMessages,
  selectChats,
  selectEvents,
  selectInstances,
  selectLatestByChat,
  selectMessages,
  selectPresence,
  selectViewerChats,
} from "@/lib/live-store/select-live";
import type { TChatDto, TInstanceDto, TMessageDto, TPresenceDto, TRawEventDto } from "@/lib/schemas/dto";
import type { LiveStatus } from "./live-status";
import { LiveStatusContext, LiveStoreContext } from "./live-provider";

// The React face of the live store: every page that shows live data reads it through these hooks.

function useLiveStore(): LiveStore {
  const store = useContext(LiveStoreContext);
  if (!store) throw new Error("the live hooks need a <LiveProvider> above them");
  return store;
}

export function useLiveStatus(): LiveStatus {
  const status = useContext(LiveStatusContext);
  if (!status) throw new Error("useLiveStatus needs a <LiveProvider> above it");
  return status;
}

/**
 * Writes the page's server snapshot into the store during render, so the first render (server-side too)
 * already shows it; call it before the page's other live hooks. The same snapshot object again is a no-op.
 */
export function useLiveSeed(snapshot: LiveSnapshot): void {
  useLiveStore().seed(snapshot);
}

/**
 * Seeds rows fetched after the page loaded (a further page of a list). They are written at the seq the store
 * had when the request started, so a change the socket delivered since then still wins over them.
 */
export function useLiveSeeder(): { seqNow: () => number; seed: (snapshot: LiveSnapshot) => void } {
  const store = useLiveStore();
  return useMemo(() => ({ seqNow: () => store.getState().seq, seed: (snapshot: LiveSnapshot) => store.seed(snapshot) }), [store]);
}

/** One table of the store; its identity changes only when a write touched it. */
function useTable<K extends keyof LiveState>(key: K): LiveState[K] {
  const store = useLiveStore();
  const read = () => store.getState()[key];
  return useSyncExternalStore(store.subscribe, read, read);
}

/** Chats merged into another since the page loaded → the chat that absorbed them. */
export function useMergedChats(): ReadonlyMap<string, string> {
  return useTable("mergedInto");
}

export function useInstances(): TInstanceDto[] {
  const table = useTable("instances");
  return useMemo(() => selectInstances(table), [table]);
}

export function useChats(): ReadonlyMap<string, TChatDto> {
  const table = useTable("chats");
  return useMemo(() => selectChats(table), [table]);
}

/** The chats with each one's unread as the signed-in user sees it (lib/live-store/select-live.ts `selectViewerChats`). */
export function useViewerChats(): ReadonlyMap<string, TChatDto> {
  const chats = useTable("chats");
  const opened = useTable("opened");
  return useMemo(() => selectViewerChats(chats, opened), [chats, opened]);
}

/** `window.where` must be stable (memoised) or left out, or the list is recomputed on every render. */
export function useMessages({ floor, limit, where }: ListWindow<TMessageDto>): TMessageDto[] {
  const table = useTable("messages");
  return useMemo(() => selectMessages(table, { floor, limit, where }), [table, floor, limit, where]);
}

/** Each chat's newest held message (lib/live-store/select-live.ts `selectLatestByChat`). */
export function useLatestChatMessages(): ReadonlyMap<string, TMessageDto> {
  const table = useTable("messages");
  return useMemo(() => selectLatestByChat(table), [table]);
}

/** The presence table itself, for lists that show many chats' presence at once. */
/** Reaction chips per message that changed live (by `messageKey`); what a page read before stays its own. */
export function useReactionTable(): LiveState["reactions"] {
  return useTable("reactions");
}

export function usePresenceTable(): LiveState["presence"] {
  return useTable("presence");
}

export function useChatMessages(chatId: string): TMessageDto[] {
  const table = useTable("messages");
  return useMemo(() => selectChatMessages(table, chatId), [table, chatId]);
}

/** `window.where` must be stable (memoised) or left out, or the list is recomputed on every render. */
export function useEvents({ floor, limit, where }: ListWindow<TRawEventDto>): TRawEventDto[] {
  const table = useTable("events");
  return useMemo(() => selectEvents(table, { floor, limit, where }), [table, floor, limit, where]);
}

export function usePresence(chatId: string): TPresenceDto | null {
  const table = useTable("presence");
  return useMemo(() => selectPresence(table, chatId), [table, chatId]);
}

/** The seq of the last status callback for one message (0 before any): a timeline re-reads when it moves. */
export function useStatusSeq(instanceId: string, messageId: string): number {
  const table = useTable("statusSeq");
  return table.get(messageKey(instanceId, messageId)) ?? 0;
}

/** One held message by instance and WhatsApp id, with the ticks the receipts seen so far give it. */
export function useMessageByKey(instanceId: string, messageId: string): TMessageDto | null {
  const table = useTable("messages");
  return useMemo(() => {
    const id = table.byKey.get(messageKey(instanceId, messageId));
    return id === undefined ? null : (table.rows.get(id)?.value ?? null);
  }, [table, instanceId, messageId]);
}

/** Incidents the socket told of since the page loaded, with the seq of their latest change (the toasts' trigger). */
export function useIncidentRows(): LiveState["incidents"] {
  return useTable("incidents");
}

/** Each instance's last stuck-message figure the socket told of since the page loaded (`stuck:changed`), with its seq. */
export function useStuckRows(): LiveState["stuck"] {
  return useTable("stuck");
}

/** Changes whenever a webhook is logged or processed: for pages that re-read server figures on activity. */
export function useEventsVersion(): unknown {
  return useTable("events");
}
