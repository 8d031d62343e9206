"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import type { TChatDto, TMessageDto, TPresenceDto } from "@/lib/schemas/dto";
import { ChatAvatar } from "./chat-avatar";
import { ChatTime } from "./chat-time";
import { KindIcon } from "./kind-icon";
import { MessageTicks } from "./message-ticks";
import { useChatTitle } from "./use-chat-title";

/** Typing and recording show instead of the preview, as on the phone. */
function activity(presence: TPresenceDto | undefined): "typing" | "recording" | null {
  if (presence?.status === "COMPOSING") return "typing";
  if (presence?.status === "RECORDING") return "recording";
  return null;
}

/** One row of the chat list. Names and previews are user content: React text only. */
export function ChatListRow({
  chat,
  last,
  presence,
  instanceLabel,
  selected,
}: {
  chat: TChatDto;
  last: TMessageDto | undefined;
  presence: TPresenceDto | undefined;
  instanceLabel: string | null;
  selected: boolean;
}) {
  const t = useTranslations("chats");
  const title = useChatTitle(chat);
  const doing = activity(presence);
  const deleted = last?.deletedAt != null || last?.kind === "revoked";
  const preview = last ? (deleted ? t("deleted") : (last.text?.replace(/\s+/g, " ") ?? t("kind", { kind: last.kind }))) : (chat.lastMessagePreview ?? "");
  const sender = last && !last.fromMe && chat.kind === "group" ? (last.senderName ?? null) : null;

  return (
    <Link
      href={`/chats/${chat.id}`}
      data-testid="chat-row"
      data-chat-id={chat.id}
      data-unread={chat.unreadCount}
      aria-current={selected ? "page" : undefined}
      className={cn(
        focusRing,
        "flex h-[72px] items-center gap-3 px-3 transition-colors",
        selected ? "bg-brand-50 dark:bg-brand-950/60" : "hover:bg-zinc-50 dark:hover:bg-zinc-800/60",
      )}
    >
      <ChatAvatar id={chat.id} title={title} photoUrl={chat.photoUrl} group={chat.kind === "group"} />
      <div className="min-w-0 flex-1 border-b border-zinc-100 py-2.5 dark:border-zinc-800">
        <div className="flex items-baseline gap-2">
          <span data-testid="chat-title" className="min-w-0 flex-1 truncate text-[15px] font-medium text-zinc-900 dark:text-zinc-100">
            {title}
          </span>
          {chat.lastMessageAt ? (
            <ChatTime
              iso={chat.lastMessageAt}
              className={cn("shrink-0 text-xs tabular-nums", chat.unreadCount > 0 ? "font-semibold text-brand-800 dark:text-brand-300" : "text-zinc-600 dark:text-zinc-400")}
            />
          ) : null}
        </div>
        <div className="mt-0.5 flex items-center gap-1.5">
          {doing ? (
            <span data-testid="chat-activity" className="min-w-0 flex-1 truncate text-sm font-medium text-brand-700 dark:text-brand-300">
              {t(doing)}
            </span>
          ) : (
            <span data-testid="chat-preview" className="flex min-w-0 flex-1 items-center gap-1 text-sm text-zinc-600 dark:text-zinc-400">
              {last?.fromMe ? <MessageTicks status={last.status} kind={last.kind} /> : null}
              {last ? <KindIcon kind={deleted ? "revoked" : last.kind} className="size-3.5 shrink-0" /> : null}
              <span className={cn("truncate", deleted && "italic")}>
                {sender ? `${sender}: ` : null}
                {preview}
              </span>
            </span>
          )}
          {chat.unreadCount > 0 ? (
            <span
              data-testid="chat-unread"
              className="ml-1 inline-flex h-5 min-w-5 shrink-0 items-center justify-center rounded-full bg-brand-600 px-1.5 text-[11px] font-semibold text-white tabular-nums dark:bg-brand-500 dark:text-zinc-950"
              aria-label={t("unread", { count: chat.unreadCount })}
            >
              {chat.unreadCount > 999 ? "999+" : chat.unreadCount}
            </span>
          ) : null}
        </div>
        {instanceLabel ? <div className="truncate text-[11px] text-zinc-500 dark:text-zinc-400">{instanceLabel}</div> : null}
      </div>
    </Link>
  );
}
