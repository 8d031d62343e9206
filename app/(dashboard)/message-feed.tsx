"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import { IconMessage } from "@/components/icons/icons";
import { NewItemsPill } from "@/components/live-list/new-items-pill";
import { useHeldList } from "@/components/live-list/use-held-list";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { TChatDto, TMessageDto } from "@/lib/schemas/dto";
import { MessageRow } from "./message-row";
import { moreLink, PHONE_ROWS, phoneFew } from "./phone-rows";

const messageKey = (message: TMessageDto) => message.id;

export function MessageFeed({
  messages,
  chats,
  labelOf,
  colorOf,
  isFresh,
  className,
}: {
  messages: TMessageDto[];
  chats: ReadonlyMap<string, TChatDto>;
  labelOf: (instanceId: string | null) => string | null;
  colorOf: (instanceId: string | null) => string | null;
  isFresh: (id: string) => boolean;
  className?: string;
}) {
  const t = useTranslations("feed");
  const tMore = useTranslations("feedMore");
  const [expanded, setExpanded] = useState(false);
  const held = useHeldList(messages, messageKey);
  return (
    <Card className={className} aria-labelledby="messages-title">
      <CardHeader>
        <CardTitle id="messages-title">{t("messagesTitle")}</CardTitle>
        <span className="text-xs text-zinc-500 dark:text-zinc-400">{t("latest", { count: messages.length })}</span>
      </CardHeader>
      {messages.length === 0 ? (
        <EmptyState icon={<IconMessage className="size-5" />} title={t("messagesEmpty")} description={t("messagesEmptyBody")} />
      ) : (
        <>
          <NewItemsPill count={held.pending} onShow={held.release} />
          <ul
            // Scrolls by itself on desktop: focusable, so a keyboard can scroll it too (arrows, Page Down).
            tabIndex={0}
            aria-labelledby="messages-title"
            {...held.listProps}
            className={cn("relative divide-y divide-zinc-100 xl:max-h-[36rem] xl:overflow-y-auto dark:divide-zinc-800", focusRing, !expanded && phoneFew)}
            data-testid="message-feed"
          >
            {held.items.map((message) => (
              <MessageRow
                key={message.id}
                message={message}
                chat={chats.get(message.chatId)}
                instanceLabel={labelOf(message.instanceId)}
                instanceColor={colorOf(message.instanceId)}
                fresh={isFresh(message.id)}
              />
            ))}
          </ul>
          {held.items.length > PHONE_ROWS ? (
            <div className="border-t border-zinc-200 px-4 py-3 text-center md:hidden dark:border-zinc-800">
              {/* No page lists every message yet (the chats issue brings /chats): the feed opens in place. */}
              <button type="button" className={moreLink} aria-expanded={expanded} onClick={() => setExpanded((e) => !e)}>
                {expanded ? tMore("showFewer") : tMore("seeAllMessages", { count: held.items.length })}
              </button>
            </div>
          ) : null}
        </>
      )}
    </Card>
  );
}
