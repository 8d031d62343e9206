"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { InstanceColorDot } from "@/components/format/instance-color-dot";
import { formatPhone } from "@/components/format/format-phone";
import { FailureReason, useFailureText } from "@/components/format/failure-reason";
import { safeMediaUrl } from "@/components/format/safe-media-url";
import { IconArrowIn, IconArrowOut, IconLink } from "@/components/icons/icons";
import { ClockTime } from "@/components/time/clock-time";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import type { TChatDto, TMessageDto } from "@/lib/schemas/dto";
import { ReceiptStatus } from "./receipt-status";

/** Message text, names and links are user content: rendered as React text only, links limited to http(s). */
export function MessageRow({
  message,
  chat,
  instanceLabel,
  instanceColor,
  fresh,
}: {
  message: TMessageDto;
  chat: TChatDto | undefined;
  instanceLabel: string | null;
  /** The colour an admin gave the instance (components/format/instance-color-dot.tsx). */
  instanceColor?: string | null;
  fresh: boolean;
}) {
  const t = useTranslations("feed");
  const mediaUrl = safeMediaUrl(message.content);
  const sender = message.senderName ?? formatPhone(message.senderPhone);
  const chatLabel = chat?.name ?? formatPhone(chat?.phone) ?? (message.fromMe ? null : sender) ?? t("unknownChat");
  const showSender = !message.fromMe && chat?.kind === "group" && sender;
  const Direction = message.fromMe ? IconArrowOut : IconArrowIn;
  const failure = useFailureText(message.status === "FAILED" ? message.failure : null);

  return (
    // relative: the row is the containing block of its visually hidden labels, so they stay inside the
    // feed's scroll clip instead of stretching the document (e2e/page-fit.spec.ts).
    <li
      data-testid="message-row"
      data-message-id={message.messageId}
      className={cn("relative flex min-w-0 gap-3 px-4 py-3", fresh && "animate-fade-in bg-brand-50/40 dark:bg-brand-950/30")}
    >
      <span
        className={cn(
          "mt-0.5 flex size-7 shrink-0 items-center justify-center rounded-full",
          message.fromMe
            ? "bg-sky-50 text-sky-700 dark:bg-sky-950 dark:text-sky-300"
            : "bg-brand-50 text-brand-700 dark:bg-brand-950 dark:text-brand-300",
        )}
        title={message.fromMe ? t("outgoing") : t("incoming")}
      >
        <Direction className="size-3.5" />
        <span className="sr-only">{message.fromMe ? t("outgoing") : t("incoming")}</span>
      </span>
      <div className="min-w-0 flex-1">
        <div className="flex min-w-0 items-baseline gap-2">
          <Link
            href={`/chats/${message.chatId}`}
            data-testid="message-chat-link"
            className={cn(focusRing, "min-w-0 truncate rounded text-sm font-medium hover:underline")}
          >
            {chatLabel}
          </Link>
          <ClockTime iso={message.sentAt} className="ml-auto shrink-0 text-xs text-zinc-500 tabular-nums dark:text-zinc-400" />
        </div>
        {/* Its own line: beside a long chat name both were cut, and phones had hidden it. */}
        {instanceLabel ? (
          <p data-testid="message-via" className="flex min-w-0 items-center gap-1 text-xs text-zinc-500 dark:text-zinc-400">
            <InstanceColorDot color={instanceColor} className="size-2" />
            <span className="truncate">{t("via", { instance: instanceLabel })}</span>
          </p>
        ) : null}
        <p className="mt-0.5 line-clamp-3 text-sm break-words whitespace-pre-wrap text-zinc-700 dark:text-zinc-300">
          {showSender ? <span className="font-medium text-zinc-900 dark:text-zinc-100">{sender}: </span> : null}
          {message.deletedAt ? (
            <span className="italic text-zinc-500 dark:text-zinc-400">{t("deleted")}</span>
          ) : message.text ? (
            message.text
          ) : (
            <span className="italic text-zinc-500 dark:text-zinc-400">{t("kind", { kind: message.kind })}</span>
          )}
        </p>
        <div className="mt-1.5 flex flex-wrap items-center gap-1.5 empty:hidden">
          {message.text && message.kind !== "text" ? <Badge>{t("kind", { kind: message.kind })}</Badge> : null}
          {message.editedAt ? <Badge tone="info">{t("edited")}</Badge> : null}
          {message.isForwarded ? <Badge>{t("forwarded")}</Badge> : null}
          {message.fromApi ? <Badge tone="brand">{t("fromApi")}</Badge> : null}
          {message.fromMe && message.status ? (
            <Link
              href={timelineHref(message)}
              data-testid="timeline-link"
              title={failure ? `${failure.text} — ${t("openTimeline")}` : t("openTimeline")}
              className={cn(focusRing, "rounded-md hover:bg-zinc-100 hover:underline dark:hover:bg-zinc-800")}
            >
              <ReceiptStatus status={message.status} />
            </Link>
          ) : null}
          {message.fromMe && message.status === "FAILED" ? (
            <FailureReason failure={message.failure} className="basis-full text-xs text-red-700 dark:text-red-400" />
          ) : null}
          {mediaUrl ? (
            <a
              href={mediaUrl}
              target="_blank"
              rel="noopener noreferrer"
              className={cn("inline-flex items-center gap-1 rounded text-xs font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-300", focusRing)}
            >
              <IconLink className="size-3.5" />
              {t("openMedia")}
            </a>
          ) : null}
        </div>
      </div>
    </li>
  );
}

/** The message's own page (app/(dashboard)/messages/[instanceId]/[messageId]/page.tsx). */
export function timelineHref(message: Pick<TMessageDto, "instanceId" | "messageId">): string {
  return `/messages/${encodeURIComponent(message.instanceId)}/${encodeURIComponent(message.messageId)}`;
}
