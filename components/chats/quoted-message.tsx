"use client";

import { useTranslations } from "next-intl";
import { formatPhone } from "@/components/format/format-phone";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import { useConversation } from "./conversation-context";
import { KindIcon } from "./kind-icon";

/** The message a reply answers, quoted above it; a click scrolls to the original (loading older pages if needed). */
export function QuotedMessage({ messageId, label }: { messageId: string; label?: string }) {
  const t = useTranslations("chats");
  const { find, jump } = useConversation();
  const original = find(messageId);
  const who = original ? (original.fromMe ? t("bubble.you") : (original.senderName ?? formatPhone(original.senderPhone) ?? t("unknownSender"))) : null;
  const text = original ? (original.deletedAt ? t("deleted") : (original.text ?? t("kind", { kind: original.kind }))) : t("bubble.quoteNotLoaded");
  return (
    <button
      type="button"
      data-testid="reply-quote"
      data-quoted-id={messageId}
      onClick={() => jump(messageId)}
      className={cn(focusRing, "mb-1 block w-full rounded-md border-l-4 border-brand-500 bg-black/5 px-2 py-1 text-left text-xs dark:bg-white/5")}
    >
      {label ? <span className="block font-medium text-zinc-500 dark:text-zinc-400">{label}</span> : null}
      {who ? <span className="block font-semibold text-brand-700 dark:text-brand-300">{who}</span> : null}
      <span className="flex items-center gap-1 text-zinc-600 dark:text-zinc-300">
        {original ? <KindIcon kind={original.kind} /> : null}
        <span className="line-clamp-2 break-words">{text}</span>
      </span>
    </button>
  );
}
