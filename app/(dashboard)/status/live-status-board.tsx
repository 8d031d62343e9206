"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import { formatPhone } from "@/components/format/format-phone";
import { instanceLabel } from "@/components/format/instance-label";
import { IconMessage } from "@/components/icons/icons";
import { useChats, useInstances, useLiveSeed, useMessages } from "@/components/realtime/use-live";
import { ClockTime } from "@/components/time/clock-time";
import { RelativeTime } from "@/components/time/relative-time";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { LiveSnapshot } from "@/lib/live-store/seed-snapshot";
import { BOARD_WINDOW_MS, type TStatusBoardQuery } from "@/lib/messages/list-status-board";
import { statusRank } from "@/lib/messages/receipt-rules";
import type { TChatDto, TMessageDto } from "@/lib/schemas/dto";
import { timelineHref } from "../message-row";
import { ReceiptStatus } from "../receipt-status";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import { FailureReason } from "@/components/format/failure-reason";

/** Flagged by the stuck check and not confirmed since (a receipt clears it here at once, the flag at the next check). */
function isStuck(m: TMessageDto): boolean {
  return m.fromMe && !!m.stuckAt && statusRank(m.status) <= 1 && m.status !== "FAILED";
}

export function LiveStatusBoard({ snapshot, query }: { snapshot: LiveSnapshot; query: TStatusBoardQuery }) {
  useLiveSeed(snapshot);
  const t = useTranslations("statusBoard");
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const instances = useInstances();
  const chats = useChats();
  const labelOf = (id: string) => instanceLabel(instances.find((i) => i.id === id), id);

  const onBoard = useCallback(
    (m: TMessageDto) =>
      m.fromMe &&
      Date.parse(m.sentAt) >= now - BOARD_WINDOW_MS &&
      (!query.instance || m.instanceId === query.instance) &&
      (!query.chat || m.chatId === query.chat) &&
      (!query.status || (query.status === "stuck" ? isStuck(m) : m.status === query.status)),
    [now, query.instance, query.chat, query.status],
  );
  const stuckHere = useCallback((m: TMessageDto) => isStuck(m) && (!query.instance || m.instanceId === query.instance), [query.instance]);
  const board = useMessages({ floor: null, limit: 500, where: onBoard });
  const stuck = useMessages({ floor: null, limit: 200, where: stuckHere });

  return (
    <div className="grid gap-4">
      <Card id="stuck" aria-labelledby="stuck-title">
        <CardHeader>
          <CardTitle id="stuck-title">{t("stuckTitle")}</CardTitle>
          <span data-testid="stuck-count" className="text-xs text-zinc-500 dark:text-zinc-400">{t("stuckCount", { count: stuck.length })}</span>
        </CardHeader>
        {stuck.length === 0 ? (
          <p className="px-4 py-4 text-sm text-zinc-500 dark:text-zinc-400">{t("stuckEmpty")}</p>
        ) : (
          <ul data-testid="stuck-list" className="divide-y divide-zinc-100 dark:divide-zinc-800">
            {stuck.map((m) => (
              <BoardRow key={m.id} message={m} chat={chats.get(m.chatId)} instance={labelOf(m.instanceId)} testId="stuck-row" stuck />
            ))}
          </ul>
        )}
      </Card>
      <Card aria-labelledby="board-title">
        <CardHeader>
          <CardTitle id="board-title">{t("boardTitle")}</CardTitle>
          <span className="text-xs text-zinc-500 dark:text-zinc-400">{t("boardCount", { count: board.length })}</span>
        </CardHeader>
        {board.length === 0 ? (
          <EmptyState icon={<IconMessage className="size-5" />} title={t("boardEmpty")} description={t("boardEmptyBody")} />
        ) : (
          <ul data-testid="status-board" className="divide-y divide-zinc-100 dark:divide-zinc-800">
            {board.map((m) => (
              <BoardRow key={m.id} message={m} chat={chats.get(m.chatId)} instance={labelOf(m.instanceId)} testId="board-row" stuck={isStuck(m)} />
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

/** Text and names are user content: React text only. */
function BoardRow({ message, chat, instance, testId, stuck }: { message: TMessageDto; chat: TChatDto | undefined; instance: string | null; testId: string; stuck: boolean }) {
  const t = useTranslations("statusBoard");
  const feed = useTranslations("feed");
  const chatLabel = chat?.name ?? formatPhone(chat?.phone) ?? chat?.phone ?? feed("unknownChat");
  return (
    <li data-testid={testId} data-message-id={message.messageId} data-status={message.status ?? ""} className="grid gap-1 px-4 py-3 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-center sm:gap-4">
      <div className="min-w-0">
        <div className="flex min-w-0 items-baseline gap-2">
          <span className="min-w-0 truncate text-sm font-medium">{chatLabel}</span>
          {instance ? <span className="hidden min-w-0 shrink truncate text-xs text-zinc-500 sm:inline dark:text-zinc-400">{feed("via", { instance })}</span> : null}
        </div>
        <p className="mt-0.5 truncate text-sm text-zinc-700 dark:text-zinc-300">
          {message.text ?? <span className="italic text-zinc-500 dark:text-zinc-400">{feed("kind", { kind: message.kind })}</span>}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-zinc-500 tabular-nums dark:text-zinc-400">
        <ClockTime iso={message.sentAt} />
        {stuck ? (
          <span className="font-medium text-amber-700 dark:text-amber-400">
            {t("stuckFor")} <RelativeTime iso={message.sentAt} />
          </span>
        ) : null}
        <Link href={timelineHref(message)} data-testid="timeline-link" title={feed("openTimeline")} className={cn(focusRing, "rounded-md hover:bg-zinc-100 hover:underline dark:hover:bg-zinc-800")}>
          <ReceiptStatus status={message.status ?? "SENT"} />
        </Link>
        {message.status === "FAILED" ? <FailureReason failure={message.failure} className="basis-full text-red-700 sm:basis-auto dark:text-red-400" /> : null}
      </div>
    </li>
  );
}
