"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { formatPhone } from "@/components/format/format-phone";
import { IconArrowLeft } from "@/components/icons/chat-icons";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import type { TChatDto, TPresenceDto } from "@/lib/schemas/dto";
import { ChatAvatar } from "./chat-avatar";
import { useChatTitle } from "./use-chat-title";

/** Back (on a phone), photo, name, and the number or what the contact is doing right now. */
export function ConversationHeader({ chat, presence, instanceLabel }: { chat: TChatDto; presence: TPresenceDto | null; instanceLabel: string | null }) {
  const t = useTranslations("chats");
  const title = useChatTitle(chat);
  const doing = presence?.status === "COMPOSING" ? t("typing") : presence?.status === "RECORDING" ? t("recording") : presence?.status === "AVAILABLE" ? t("online") : null;
  const number = chat.kind === "private" ? formatPhone(chat.phone.replace(/@.*$/, "")) : null;
  const subtitle = [doing ?? (number !== title ? number : null), instanceLabel].filter(Boolean).join(" · ");
  return (
    <header className="flex h-14 shrink-0 items-center gap-3 border-b border-zinc-200 bg-zinc-50 px-2 md:px-4 dark:border-zinc-800 dark:bg-zinc-900">
      <Link href="/chats" className={cn(focusRing, "rounded-full p-2 text-zinc-600 md:hidden dark:text-zinc-300")} aria-label={t("back")}>
        <IconArrowLeft className="size-5" />
      </Link>
      <ChatAvatar id={chat.id} title={title} photoUrl={chat.photoUrl} group={chat.kind === "group"} className="size-9" />
      <div className="min-w-0 flex-1">
        <h2 data-testid="conversation-title" className="truncate text-[15px] font-semibold text-zinc-900 dark:text-zinc-100">
          {title}
        </h2>
        {subtitle ? <p className={cn("truncate text-xs", doing ? "text-brand-700 dark:text-brand-300" : "text-zinc-500 dark:text-zinc-400")}>{subtitle}</p> : null}
      </div>
    </header>
  );
}
