"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { IconChats } from "@/components/icons/chat-icons";
import { EmptyState } from "@/components/ui/empty-state";
import { Spinner } from "@/components/ui/spinner";
import type { TChatDto, TMessageDto, TPresenceDto } from "@/lib/schemas/dto";
import { ChatListRow } from "./chat-list-row";

const ROW_HEIGHT = 72;

/**
 * The chat list, virtualised (only the rows in view are in the DOM, so 10,000 chats scroll like 10).
 * `onNearEnd` asks for the next page when the last rows come into view.
 */
export function ChatList({
  chats,
  lastOf,
  presenceOf,
  labelOf,
  selectedId,
  loadingMore,
  onNearEnd,
  onPointerInside,
  emptyHint,
}: {
  chats: readonly TChatDto[];
  lastOf: (chat: TChatDto) => TMessageDto | undefined;
  presenceOf: (chatId: string) => TPresenceDto | undefined;
  labelOf: (instanceId: string) => string | null;
  selectedId: string | null;
  loadingMore: boolean;
  onNearEnd: () => void;
  onPointerInside: (inside: boolean) => void;
  emptyHint: string;
}) {
  const t = useTranslations("chats");
  const scroller = useRef<HTMLDivElement>(null);
  // TanStack Virtual hands back functions React Compiler cannot memoise; it is used as documented.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: chats.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => chats[index]?.id ?? index,
    initialRect: { width: 400, height: 900 },
  });
  const items = virtualizer.getVirtualItems();
  const lastShown = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (chats.length > 0 && lastShown >= chats.length - 10) onNearEnd();
  }, [lastShown, chats.length, onNearEnd]);

  if (chats.length === 0) {
    return <EmptyState icon={<IconChats className="size-5" />} title={t("empty")} description={emptyHint} className="flex-1" />;
  }
  return (
    <div
      ref={scroller}
      data-testid="chat-list"
      className="min-h-0 flex-1 overflow-y-auto overscroll-contain"
      onPointerEnter={() => onPointerInside(true)}
      onPointerLeave={() => onPointerInside(false)}
    >
      <ul role="list" aria-label={t("listLabel")} className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const chat = chats[item.index];
          if (!chat) return null;
          return (
            <li key={item.key} className="absolute top-0 left-0 w-full" style={{ height: item.size, transform: `translateY(${item.start}px)` }}>
              <ChatListRow
                chat={chat}
                last={lastOf(chat)}
                presence={presenceOf(chat.id)}
                instanceLabel={labelOf(chat.instanceId)}
                selected={chat.id === selectedId}
              />
            </li>
          );
        })}
      </ul>
      {loadingMore ? (
        <div className="flex justify-center py-3">
          <Spinner />
          <span className="sr-only">{t("loadingMore")}</span>
        </div>
      ) : null}
    </div>
  );
}
