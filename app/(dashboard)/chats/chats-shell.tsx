"use client";

import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type KeyboardEvent, type ReactNode, useCallback, useMemo, useRef, useState } from "react";
import { ChatList } from "@/components/chats/chat-list";
import { compareChats, keepOrder } from "@/lib/chats/sort-chats";
import { instanceLabel } from "@/components/format/instance-label";
import { useChats, useInstances, useLatestChatMessages, useLiveSeed, useLiveSeeder, usePresenceTable } from "@/components/realtime/use-live";
import { cn } from "@/components/ui/cn";
import type { TChatPage } from "@/lib/chats/list-chat-page";
import { laterSent } from "@/lib/live-store/select-live";
import type { LiveSnapshot } from "@/lib/live-store/seed-snapshot";
import { type TChatDto, type TInstanceDto, type TMessageDto, ZChatDto, ZMessageDto, ZPage } from "@/lib/schemas/dto";
import { InstanceSwitch } from "./instance-switch";

export type ChatsSnapshot = LiveSnapshot & { instances: TInstanceDto[]; page: TChatPage };

const ZChatPage = ZPage(ZChatDto).extend({ lastMessages: ZMessageDto.array() });

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
  const chats = useChats();
  const instances = useInstances();
  const live = useLatestChatMessages();
  const presence = usePresenceTable();
  const [instanceId, setInstanceId] = useState<string | null>(null);
  const [pageLast, setPageLast] = useState<ReadonlyMap<string, TMessageDto>>(() => new Map(snapshot.page.lastMessages.map((m) => [m.chatId, m])));
  // One cursor per instance filter ("" = all): a keyset cursor is a position, so each filter continues its own.
  const [cursors, setCursors] = useState<ReadonlyMap<string, string | null>>(() => new Map([["", snapshot.page.nextCursor]]));
  const [loadingMore, setLoadingMore] = useState(false);
  const [frozen, setFrozen] = useState<string[] | null>(null);
  const loading = useRef(false);

  const sorted = useMemo(
    () => [...chats.values()].filter((chat) => chat.kind !== "status" && (!instanceId || chat.instanceId === instanceId)).sort(compareChats),
    [chats, instanceId],
  );
  const shown = useMemo(() => keepOrder(sorted, frozen), [sorted, frozen]);

  const filterKey = instanceId ?? "";
  const cursor = cursors.has(filterKey) ? cursors.get(filterKey) : cursors.get("");
  const loadMore = useCallback(() => {
    if (!cursor || loading.current) return;
    loading.current = true;
    setLoadingMore(true);
    const seq = seeder.seqNow();
    const params = new URLSearchParams({ cursor, limit: "100" });
    if (instanceId) params.set("instanceId", instanceId);
    fetch(`/api/chats?${params}`, { headers: { accept: "application/json" } })
      .then(async (response) => {
        if (!response.ok) throw new Error(`GET /api/chats: ${response.status}`);
        const page = ZChatPage.parse(await response.json());
        seeder.seed({ headSeq: seq, chats: page.items });
        setPageLast((held) => new Map([...held, ...page.lastMessages.map((m) => [m.chatId, m] as const)]));
        setCursors((held) => new Map(held).set(filterKey, page.nextCursor));
      })
      .catch((error: unknown) => console.error("chat list: next page failed", error))
      .finally(() => {
        loading.current = false;
        setLoadingMore(false);
      });
  }, [cursor, instanceId, filterKey, seeder]);

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
          <InstanceSwitch instances={instances} value={instanceId} onChange={setInstanceId} />
        </div>
        <ChatList
          chats={shown}
          lastOf={lastOf}
          presenceOf={presenceOf}
          labelOf={labelOf}
          selectedId={selectedId}
          loadingMore={loadingMore}
          onNearEnd={loadMore}
          onPointerInside={(inside) => setFrozen(inside ? sorted.map((chat) => chat.id) : null)}
          emptyHint={t("emptyHint")}
        />
      </aside>
      <section className={cn("min-w-0 flex-1 flex-col md:flex", selectedId ? "flex" : "hidden")}>{children}</section>
    </div>
  );
}
