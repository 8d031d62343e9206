"use client";

import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type KeyboardEvent, type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { ChatList } from "@/components/chats/chat-list";
import { ChatListToolbar } from "@/components/chats/chat-list-toolbar";
import { SearchResults } from "@/components/chats/search-results";
import { useChatSearch } from "@/components/chats/use-chat-search";
import { useViewerUnread, ZOpenedMark } from "@/components/chats/use-viewer-unread";
import { compareChats, keepOrder } from "@/lib/chats/sort-chats";
import { instanceLabel } from "@/components/format/instance-label";
import { useInstances, useLatestChatMessages, useLiveSeed, useMergedChats, useLiveSeeder, usePresenceTable } from "@/components/realtime/use-live";
import { cn } from "@/components/ui/cn";
import type { TChatFilter } from "@/lib/chats/chat-filter";
import type { TChatPage } from "@/lib/chats/list-chat-page";
import { laterSent } from "@/lib/live-store/select-live";
import type { LiveSnapshot } from "@/lib/live-store/seed-snapshot";
import { type TChatDto, type TInstanceDto, type TMessageDto, ZChatDto, ZMessageDto, ZPage } from "@/lib/schemas/dto";
import { InstanceSwitch } from "./instance-switch";

/** Whether a chat belongs in the list under a filter (the same rules as lib/chats/chat-filter-sql.ts, on what the browser holds). */
function matchesFilter(
  chat: TChatDto,
  filter: TChatFilter | null,
  failedIds: ReadonlySet<string>,
  lastOf: (chat: TChatDto) => TMessageDto | undefined,
): boolean {
  switch (filter) {
    case null:
      return true;
    case "unread":
      return chat.unreadCount > 0;
    case "groups":
      return chat.kind === "group";
    case "private":
      return chat.kind === "private";
    case "failed":
      return failedIds.has(chat.id) || lastOf(chat)?.status === "FAILED";
  }
}

export type ChatsSnapshot = LiveSnapshot & { instances: TInstanceDto[]; page: TChatPage };

const ZChatPage = ZPage(ZChatDto).extend({ lastMessages: ZMessageDto.array(), opened: ZOpenedMark.array().default([]) });

/** The chat id in /chats/{id}, or null on /chats. */
function selectedFrom(pathname: string): string | null {
  const match = /^\/chats\/([^/]+)/.exec(pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

/**
 * The chats screen: the live list beside the open conversation on a wide screen; on a phone either the list
 * (/chats) or the conversation (/chats/{id}), as two screens. The list is the live store's chats, kept in
 * order of activity; further pages are fetched as the reader scrolls and seeded into the same store.
 */
export function ChatsShell({ snapshot, children }: { snapshot: ChatsSnapshot; children: ReactNode }) {
  const t = useTranslations("chats");
  useLiveSeed(snapshot);
  const seeder = useLiveSeeder();
  const router = useRouter();
  const selectedId = selectedFrom(usePathname());
  // Unread badges and the tab title as this user sees them (components/chats/use-viewer-unread.ts).
  const chats = useViewerUnread(selectedId);
  const instances = useInstances();
  // The open chat was merged into another (one person seen by phone and by @lid): follow it there.
  const merged = useMergedChats();
  useEffect(() => {
    let target = selectedId ? merged.get(selectedId) : undefined;
    for (let hops = 0; target && merged.has(target) && hops < 8; hops++) target = merged.get(target);
    if (target) router.replace(`/chats/${encodeURIComponent(target)}`);
  }, [selectedId, merged, router]);
  const live = useLatestChatMessages();
  const presence = usePresenceTable();
  const [instanceId, setInstanceId] = useState<string | null>(null);
  const [filter, setFilter] = useState<TChatFilter | null>(null);
  const [query, setQuery] = useState("");
  const search = useChatSearch(query, instanceId, filter);
  const [pageLast, setPageLast] = useState<ReadonlyMap<string, TMessageDto>>(() => new Map(snapshot.page.lastMessages.map((m) => [m.chatId, m])));
  // One keyset cursor per instance and filter ("|" = all, unfiltered): absent = not fetched yet, null = no more.
  const [cursors, setCursors] = useState<ReadonlyMap<string, string | null>>(() => new Map([["|", snapshot.page.nextCursor]]));
  // Chats the server said have a failed send (the filter needs the server: the failure may be deep in the chat).
  const [failedIds, setFailedIds] = useState<ReadonlySet<string>>(() => new Set());
  const [loadingMore, setLoadingMore] = useState(false);
  const [frozen, setFrozen] = useState<string[] | null>(null);
  const loading = useRef(false);

  const fetchPage = useCallback(
    (scope: { instanceId: string | null; filter: TChatFilter | null }, cursor: string | null) => {
      if (loading.current) return;
      loading.current = true;
      setLoadingMore(true);
      const seq = seeder.seqNow();
      const key = `${scope.instanceId ?? ""}|${scope.filter ?? ""}`;
      const params = new URLSearchParams({ limit: "100" });
      if (cursor) params.set("cursor", cursor);
      if (scope.instanceId) params.set("instanceId", scope.instanceId);
      if (scope.filter) params.set("filter", scope.filter);
      fetch(`/api/chats?${params}`, { headers: { accept: "application/json" } })
        .then(async (response) => {
          if (!response.ok) throw new Error(`GET /api/chats: ${response.status}`);
          const page = ZChatPage.parse(await response.json());
          seeder.seed({ headSeq: seq, chats: page.items, opened: page.opened });
          setPageLast((held) => new Map([...held, ...page.lastMessages.map((m) => [m.chatId, m] as const)]));
          setCursors((held) => new Map(held).set(key, page.nextCursor));
          if (scope.filter === "failed") setFailedIds((held) => new Set([...held, ...page.items.map((c) => c.id)]));
        })
        .catch((error: unknown) => console.error("chat list: page failed", error))
        .finally(() => {
          loading.current = false;
          setLoadingMore(false);
        });
    },
    [seeder],
  );
  const scopeKey = `${instanceId ?? ""}|${filter ?? ""}`;
  const loadMore = useCallback(() => {
    const cursor = cursors.get(scopeKey);
    if (cursors.has(scopeKey) && !cursor) return;
    fetchPage({ instanceId, filter }, cursor ?? null);
  }, [cursors, scopeKey, instanceId, filter, fetchPage]);
  /** A new scope starts from its first page (the store's rows of it show at once, the rest as they come). */
  const changeScope = (next: { instanceId: string | null; filter: TChatFilter | null }) => {
    setInstanceId(next.instanceId);
    setFilter(next.filter);
    if (!cursors.has(`${next.instanceId ?? ""}|${next.filter ?? ""}`)) {
      loading.current = false;
      fetchPage(next, null);
    }
  };

  const lastOf = useCallback(
    (chat: TChatDto) => {
      const fromPage = pageLast.get(chat.id);
      const fromLive = live.get(chat.id);
      if (!fromPage) return fromLive;
      if (!fromLive) return fromPage;
      return laterSent(fromLive, fromPage) || fromLive.id === fromPage.id ? fromLive : fromPage;
    },
    [pageLast, live],
  );
  const sorted = useMemo(
    () =>
      [...chats.values()]
        .filter((chat) => chat.kind !== "status" && (!instanceId || chat.instanceId === instanceId) && matchesFilter(chat, filter, failedIds, lastOf))
        .sort(compareChats),
    [chats, instanceId, filter, failedIds, lastOf],
  );
  const shown = useMemo(() => keepOrder(sorted, frozen), [sorted, frozen]);
  const presenceOf = useCallback((chatId: string) => presence.get(chatId)?.value, [presence]);
  const byId = useMemo(() => new Map(instances.map((i) => [i.id, i])), [instances]);
  const labelOf = useCallback(
    (id: string) => (instances.length > 1 && !instanceId ? instanceLabel(byId.get(id), id) : null),
    [instances.length, instanceId, byId],
  );

  // Up and down walk the list, Escape closes the conversation (the list keeps its focus).
  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.target as HTMLElement).closest("input, textarea, select")) return;
    if (event.key === "Escape" && selectedId) {
      event.preventDefault();
      router.push("/chats");
      return;
    }
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    if (!(event.target as HTMLElement).closest("[data-testid=chat-list]")) return;
    event.preventDefault();
    const at = shown.findIndex((chat) => chat.id === selectedId);
    const next = shown[event.key === "ArrowDown" ? Math.min(at + 1, shown.length - 1) : Math.max(at - 1, 0)];
    if (next) {
      router.push(`/chats/${next.id}`);
      requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-chat-id="${next.id}"]`)?.focus());
    }
  };

  return (
    <div
      onKeyDown={onKeyDown}
      className="-mx-4 -mt-5 flex h-[calc(100dvh-7.5rem)] overflow-hidden border-zinc-200 bg-white md:mx-0 md:mt-0 md:h-[calc(100dvh-8.5rem)] md:rounded-xl md:border dark:border-zinc-800 dark:bg-zinc-900"
    >
      <aside
        aria-label={t("listLabel")}
        className={cn("w-full flex-col border-zinc-200 md:flex md:w-[340px] md:border-r lg:w-[380px] dark:border-zinc-800", selectedId ? "hidden" : "flex")}
      >
        <div className="flex items-center gap-2 border-b border-zinc-200 px-3 py-2.5 dark:border-zinc-800">
          <h1 className="text-lg font-semibold tracking-tight">{t("title")}</h1>
          <InstanceSwitch instances={instances} value={instanceId} onChange={(id) => changeScope({ instanceId: id, filter })} />
        </div>
        <ChatListToolbar query={query} onQuery={setQuery} filter={filter} onFilter={(f) => changeScope({ instanceId, filter: f })} />
        {query.trim() ? (
          <SearchResults
            query={query.trim()}
            chats={search.data?.chats ?? []}
            messages={search.data?.messages ?? []}
            chatOf={(id) => chats.get(id) ?? search.data?.chats.find((c) => c.id === id) ?? search.data?.messageChats.find((c) => c.id === id)}
            lastOf={(chat) => lastOf(chat) ?? search.data?.lastMessages.find((m) => m.chatId === chat.id)}
            presenceOf={presenceOf}
            selectedId={selectedId}
            loading={search.loading}
            failed={search.failed}
          />
        ) : (
        <ChatList
          chats={shown}
          lastOf={lastOf}
          presenceOf={presenceOf}
          labelOf={labelOf}
          selectedId={selectedId}
          loadingMore={loadingMore}
          onNearEnd={loadMore}
          onPointerInside={(inside) => setFrozen(inside ? sorted.map((chat) => chat.id) : null)}
          emptyHint={filter ? t("emptyFiltered") : t("emptyHint")}
        />
        )}
      </aside>
      <section className={cn("min-w-0 flex-1 flex-col md:flex", selectedId ? "flex" : "hidden")}>{children}</section>
    </div>
  );
}
