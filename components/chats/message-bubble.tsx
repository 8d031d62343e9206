"use client";

import { useFormatter, useTranslations } from "next-intl";
import { FailureReason, useFailureText } from "@/components/format/failure-reason";
import { formatPhone } from "@/components/format/format-phone";
import { cn } from "@/components/ui/cn";
import type { TReactionChip } from "@/lib/messages/list-message-reactions";
import type { TMessageDto } from "@/lib/schemas/dto";
import { BubbleContent } from "./bubble-content";
import { EditHistory } from "./edit-history";
import { ReactionChips } from "./reaction-chips";
import { colourIndex } from "@/lib/chats/chat-title";
import { MessageTicks } from "./message-ticks";

const SENDER_TONES = [
  "text-emerald-700 dark:text-emerald-400",
  "text-sky-700 dark:text-sky-400",
  "text-amber-700 dark:text-amber-400",
  "text-rose-700 dark:text-rose-400",
  "text-violet-700 dark:text-violet-400",
  "text-teal-700 dark:text-teal-400",
  "text-fuchsia-700 dark:text-fuchsia-400",
  "text-orange-700 dark:text-orange-400",
];

/** The link of a message's timeline page, /messages/{instanceId}/{messageId} (built in parallel with this screen). */
export function timelineHref(message: Pick<TMessageDto, "instanceId" | "messageId">): string {
  return `/messages/${encodeURIComponent(message.instanceId)}/${encodeURIComponent(message.messageId)}`;
}

/**
 * One message as a bubble: incoming on the left, outgoing on the right; in groups the sender's name in their
 * colour above the first bubble of a run. Time, edited mark and ticks sit at the bottom right.
 */
export function MessageBubble({ message, showSender, reactions }: { message: TMessageDto; showSender: boolean; reactions?: readonly TReactionChip[] }) {
  const t = useTranslations("chats");
  const format = useFormatter();
  const sender = message.senderName ?? formatPhone(message.senderPhone) ?? t("unknownSender");
  const senderKey = message.senderPhone ?? message.senderName ?? "";
  const failed = message.fromMe && message.status === "FAILED";
  const failure = useFailureText(failed ? message.failure : null);
  return (
    <div
      data-testid="bubble"
      data-message-id={message.messageId}
      data-kind={message.kind}
      data-from-me={message.fromMe}
      className={cn(
        "relative w-fit max-w-[85%] rounded-lg px-2.5 pt-1.5 pb-1 text-sm shadow-sm transition-shadow md:max-w-[65%] data-[flash]:ring-2 data-[flash]:ring-amber-400",
        message.fromMe
          ? "ml-auto bg-brand-100 text-zinc-900 dark:bg-brand-900 dark:text-zinc-50"
          : "mr-auto bg-white text-zinc-900 dark:bg-zinc-800 dark:text-zinc-100",
      )}
    >
      {showSender && !message.fromMe ? (
        <div data-testid="bubble-sender" className={cn("mb-0.5 truncate text-xs font-semibold", SENDER_TONES[colourIndex(senderKey, SENDER_TONES.length)])}>
          {sender}
        </div>
      ) : null}
      <BubbleContent message={message} />
      <div className="mt-0.5 flex items-center justify-end gap-1 text-[11px] text-zinc-600 dark:text-zinc-400">
        {message.editedAt ? <EditHistory message={message} /> : null}
        <time dateTime={message.sentAt} title={format.dateTime(new Date(message.sentAt), { dateStyle: "full", timeStyle: "medium" })} suppressHydrationWarning>
          {format.dateTime(new Date(message.sentAt), { hour: "2-digit", minute: "2-digit" })}
        </time>
        {message.fromMe ? <MessageTicks status={message.status} kind={message.kind} href={timelineHref(message)} error={failure?.text ?? null} /> : null}
      </div>
      {failed ? <FailureReason failure={message.failure} className="mt-0.5 block text-right text-xs text-red-700 dark:text-red-300" /> : null}
      {reactions?.length ? <ReactionChips chips={reactions} /> : null}
    </div>
  );
}
