"use client";

import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import { IconMessage } from "@/components/icons/icons";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { TChatDto, TMessageDto } from "@/lib/schemas/dto";
import { MessageRow } from "./message-row";

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
  return (
    <Card className={className} aria-labelledby="messages-title">
      <CardHeader>
        <CardTitle id="messages-title">{t("messagesTitle")}</CardTitle>
        <span className="text-xs text-zinc-500 dark:text-zinc-400">{t("latest", { count: messages.length })}</span>
      </CardHeader>
      {messages.length === 0 ? (
        <EmptyState icon={<IconMessage className="size-5" />} title={t("messagesEmpty")} description={t("messagesEmptyBody")} />
      ) : (
        <ul
          // Scrolls by itself on desktop: focusable, so a keyboard can scroll it too (arrows, Page Down).
          tabIndex={0} aria-labelledby="messages-title" className={cn("divide-y divide-zinc-100 xl:max-h-[36rem] xl:overflow-y-auto dark:divide-zinc-800", focusRing)} data-testid="message-feed">
          {messages.map((message) => (
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
      )}
    </Card>
  );
}
