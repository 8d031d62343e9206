"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { IconSearch } from "@/components/icons/chat-icons";
import { EmptyState } from "@/components/ui/empty-state";
import { Spinner } from "@/components/ui/spinner";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import type { TChatDto, TMessageDto, TPresenceDto } from "@/lib/schemas/dto";
import { ChatListRow } from "./chat-list-row";
import { ChatTime } from "./chat-time";
import { Highlighted } from "./highlighted";
import { useChatTitle } from "./use-chat-title";

function MessageHit({ message, chat, query }: { message: TMessageDto; chat: TChatDto | undefined; query: string }) {
  const title = useChatTitle(chat ?? { name: null, phone: message.chatId, kind: "private" });
  return (
    <li>
      <Link
        href={`/chats/${message.chatId}?m=${encodeURIComponent(message.messageId)}`}
        data-testid="message-hit"
        data-message-id={message.messageId}
        className={cn(focusRing, "block border-b border-zinc-100 px-4 py-2.5 hover:bg-zinc-50 dark:border-zinc-800 dark:hover:bg-zinc-800/60")}
      >
        <span className="flex items-baseline gap-2">
          <span className="min-w-0 flex-1 truncate text-sm font-medium">{title}</span>
          <ChatTime iso={message.sentAt} className="shrink-0 text-xs text-zinc-500 dark:text-zinc-400" />
        </span>
        <span className="line-clamp-2 text-sm text-zinc-600 dark:text-zinc-400">
          <Highlighted text={message.text ?? ""} query={query} />
        </span>
      </Link>
    </li>
  );
}

/** Search results: the chats that match (live rows), then the messages whose text matches, highlighted. */
export function SearchResults({
  query,
  chats,
  messages,
  chatOf,
  lastOf,
  presenceOf,
  selectedId,
  loading,
  failed,
}: {
  query: string;
  chats: TChatDto[];
  messages: TMessageDto[];
  chatOf: (id: string) => TChatDto | undefined;
  lastOf: (chat: TChatDto) => TMessageDto | undefined;
  presenceOf: (chatId: string) => TPresenceDto | undefined;
  selectedId: string | null;
  loading: boolean;
  failed: boolean;
}) {
  const t = useTranslations("chats.search");
  if (loading && chats.length === 0 && messages.length === 0) {
    return (
      <div className="flex flex-1 items-center justify-center gap-2 text-sm text-zinc-500">
        <Spinner />
        {t("searching")}
      </div>
    );
  }
  if (failed) return <p className="p-4 text-sm text-red-700 dark:text-red-400">{t("failed")}</p>;
  if (chats.length === 0 && messages.length === 0) {
    return <EmptyState icon={<IconSearch className="size-5" />} title={t("none", { query })} description={t("noneHint")} className="flex-1" />;
  }
  return (
    <div data-testid="search-results" className="min-h-0 flex-1 overflow-y-auto">
      {chats.length ? <h3 className="px-4 pt-3 pb-1 text-xs font-semibold tracking-wide text-brand-700 uppercase dark:text-brand-300">{t("chats")}</h3> : null}
      <ul>
        {chats.map((hit) => {
          const chat = chatOf(hit.id) ?? hit;
          return (
            <li key={chat.id}>
              <ChatListRow chat={chat} last={lastOf(chat)} presence={presenceOf(chat.id)} instanceLabel={null} selected={chat.id === selectedId} />
            </li>
          );
        })}
      </ul>
      {messages.length ? <h3 className="px-4 pt-3 pb-1 text-xs font-semibold tracking-wide text-brand-700 uppercase dark:text-brand-300">{t("messages")}</h3> : null}
      <ul>
        {messages.map((message) => (
          <MessageHit key={message.id} message={message} chat={chatOf(message.chatId)} query={query} />
        ))}
      </ul>
    </div>
  );
}
