"use client";

import { useTranslations } from "next-intl";
import { z } from "zod";
import { useSearchParams } from "next/navigation";
import { Fragment, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { SystemLine } from "@/components/chats/content/system-line";
import { type ConversationApi, ConversationContext } from "@/components/chats/conversation-context";
import { ConversationHeader } from "@/components/chats/conversation-header";
import { DayDivider, useDayKey } from "@/components/chats/day-divider";
import { mergeMessages } from "@/lib/chats/merge-messages";
import { tallyVotes } from "@/lib/chats/tally-votes";
import { MessageBubble } from "@/components/chats/message-bubble";
import { instanceLabel } from "@/components/format/instance-label";
import { IconArrowDown } from "@/components/icons/chat-icons";
import { useChatMessages, useChats, useInstances, useLiveSeed, usePresence, useReactionTable } from "@/components/realtime/use-live";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import { Spinner } from "@/components/ui/spinner";
import type { LiveSnapshot } from "@/lib/live-store/seed-snapshot";
import type { TReactionChip } from "@/lib/messages/list-message-reactions";
import { type TChatDto, type TMessageDto, ZMessageDto, ZPage } from "@/lib/schemas/dto";

export type ConversationSnapshot = LiveSnapshot & { chat: TChatDto; messages: TMessageDto[]; nextCursor: string | null; reactions: TReactionChip[] };

const ZReactionChip = z.object({ messageId: z.string(), value: z.string(), count: z.number(), mine: z.boolean() });
const ZMessagePage = ZPage(ZMessageDto).extend({ reactions: ZReactionChip.array() });
/** How close to the bottom counts as "at the bottom" (px): new messages then scroll into view by themselves. */
const BOTTOM_SLACK = 80;
/** How close to the top starts fetching the older page (px), so it is usually there before the reader is. */
const TOP_SLACK = 400;

/**
 * One conversation: its newest page from the server, older pages fetched as the reader scrolls up (keyset
 * paging, app/api/chats/[chatId]/messages/route.ts), and everything new or changed from the live store.
 * Opening it marks nothing read anywhere: Vigia only observes.
 */
export function Conversation({ snapshot }: { snapshot: ConversationSnapshot }) {
  const t = useTranslations("chats");
  useLiveSeed(snapshot);
  const chatId = snapshot.chat.id;
  const chat = useChats().get(chatId) ?? snapshot.chat;
  const instances = useInstances();
  const presence = usePresence(chatId);
  const live = useChatMessages(chatId);
  const [older, setOlder] = useState<TMessageDto[]>([]);
  // Reactions as they were when each page was read; live ones (useReactionTable) override them per message.
  const [reactions, setReactions] = useState<TReactionChip[]>(snapshot.reactions);
  const [cursor, setCursorState] = useState(snapshot.nextCursor);
  // The cursor as a ref too: a jump to a quoted message loads page after page within one handler.
  const cursorRef = useRef(snapshot.nextCursor);
  const setCursor = (next: string | null) => {
    cursorRef.current = next;
    setCursorState(next);
  };
  const [loadingOlder, setLoadingOlder] = useState(false);
  const messages = useMemo(() => mergeMessages([...older, ...snapshot.messages], live), [older, snapshot.messages, live]);
  const newest = messages.at(-1);
  // The newest message the reader has seen at the bottom: what came after it is counted on the pill.
  const [bottomMark, setBottomMark] = useState(newest?.id ?? null);
  const [scrolledUp, setScrolledUp] = useState(false);

  const scroller = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const restoreFrom = useRef<number | null>(null);
  const shownNewest = useRef<string | null>(null);
  const inFlight = useRef(false);

  const loadOlder = useCallback(async (): Promise<boolean> => {
    const cursor = cursorRef.current;
    if (!cursor || inFlight.current) return false;
    inFlight.current = true;
    setLoadingOlder(true);
    try {
      const response = await fetch(`/api/chats/${encodeURIComponent(chatId)}/messages?${new URLSearchParams({ cursor, limit: "60" })}`);
      if (!response.ok) throw new Error(`GET messages: ${response.status}`);
      const page = ZMessagePage.parse(await response.json());
      restoreFrom.current = scroller.current ? scroller.current.scrollHeight - scroller.current.scrollTop : null;
      setOlder((held) => [...page.items, ...held]);
      setReactions((held) => [...held, ...page.reactions]);
      setCursor(page.nextCursor);
      return true;
    } catch (error) {
      console.error("conversation: older page failed", error);
      return false;
    } finally {
      inFlight.current = false;
      setLoadingOlder(false);
    }
  }, [chatId]);

  // After each render: keep the reader's place when older messages were put above, follow new ones at the
  // bottom when the reader is there, and start at the bottom.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    if (restoreFrom.current !== null) {
      el.scrollTop = el.scrollHeight - restoreFrom.current;
      restoreFrom.current = null;
    } else if (shownNewest.current === null || (newest && newest.id !== shownNewest.current && (atBottom.current || newest.fromMe))) {
      el.scrollTop = el.scrollHeight;
    }
    shownNewest.current = newest?.id ?? "";
  }, [messages, newest]);

  const onScroll = () => {
    const el = scroller.current;
    if (!el) return;
    const bottom = el.scrollHeight - el.scrollTop - el.clientHeight < BOTTOM_SLACK;
    atBottom.current = bottom;
    if (bottom === scrolledUp) setScrolledUp(!bottom);
    if (bottom && newest && bottomMark !== newest.id) setBottomMark(newest.id);
    if (el.scrollTop < TOP_SLACK && cursor) loadOlder().catch(() => undefined);
  };

  const markAt = bottomMark ? messages.findIndex((m) => m.id === bottomMark) : -1;
  const unseen = !scrolledUp || markAt < 0 ? 0 : messages.slice(markAt + 1).filter((m) => !m.fromMe).length;
  const toBottom = () => scroller.current?.scrollTo({ top: scroller.current.scrollHeight, behavior: "smooth" });

  const byMessageId = useMemo(() => new Map(messages.map((m) => [m.messageId, m])), [messages]);
  const tallies = useMemo(() => tallyVotes(messages), [messages]);
  const liveReactions = useReactionTable();
  const chipsOf = useMemo(() => {
    const map = new Map<string, TReactionChip[]>();
    for (const chip of reactions) map.set(chip.messageId, [...(map.get(chip.messageId) ?? []), chip]);
    // A reaction:changed newer than the page carries the message's whole set (lib/normaliser/reaction-chips-of.ts).
    for (const [key, row] of liveReactions) {
      const [instanceId, messageId] = key.split("\u001f");
      if (instanceId === snapshot.chat.instanceId && messageId !== undefined) map.set(messageId, row.value.map((c) => ({ messageId, ...c })));
    }
    return map;
  }, [reactions, liveReactions, snapshot.chat.instanceId]);
  const jump = useCallback(
    async (messageId: string) => {
      // Older pages until the original is there (or the chat's start): a reply may quote something from long ago.
      // Each page is looked for over some frames, since React renders it a little after the fetch returns.
      const find = () => scroller.current?.querySelector<HTMLElement>(`[data-message-id="${CSS.escape(messageId)}"]`);
      for (let page = 0; page < 50; page++) {
        for (let frame = 0; frame < 60; frame++) {
          const el = find();
          if (el) {
            el.scrollIntoView({ block: "center" });
            // Once more after the frames in which a page put above may still restore the scroll position.
            for (let settle = 0; settle < 3; settle++) await new Promise((resolve) => requestAnimationFrame(resolve));
            el.scrollIntoView({ block: "center" });
            el.dataset.flash = "";
            setTimeout(() => delete el.dataset.flash, 1600);
            return;
          }
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
        if (!(await loadOlder())) return;
      }
    },
    [loadOlder],
  );
  const api: ConversationApi = useMemo(
    () => ({
      find: (id) => byMessageId.get(id),
      jump: (id) => {
        jump(id).catch((error: unknown) => console.error("conversation: jump failed", error));
      },
      votes: (id) => tallies.get(id),
    }),
    [byMessageId, jump, tallies],
  );

  // /chats/{id}?m={messageId} (a search hit): go to that message once the conversation is there.
  const target = useSearchParams().get("m");
  useEffect(() => {
    if (target) api.jump(target);
    // Only when the target changes: later renders must not pull the reader back to it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target]);

  const dayKey = useDayKey();
  const group = chat.kind === "group";
  const label = instances.length > 1 ? instanceLabel(instances.find((i) => i.id === chat.instanceId), chat.instanceId) : null;

  return (
    <div className="relative flex min-h-0 flex-1 flex-col">
      <ConversationHeader chat={chat} presence={presence} instanceLabel={label} />
      <div
        ref={scroller}
        onScroll={onScroll}
        data-testid="conversation"
        className="min-h-0 flex-1 overflow-y-auto overscroll-contain bg-[#efeae2] px-3 py-2 md:px-8 dark:bg-zinc-950"
      >
        {loadingOlder ? (
          <div className="flex justify-center py-2">
            <Spinner />
            <span className="sr-only">{t("loadingOlder")}</span>
          </div>
        ) : !cursor && messages.length > 0 ? (
          <p className="py-2 text-center text-xs text-zinc-600 dark:text-zinc-400">{t("startOfChat")}</p>
        ) : null}
        {messages.length === 0 ? <p className="py-10 text-center text-sm text-zinc-600 dark:text-zinc-400">{t("noMessages")}</p> : null}
        <ConversationContext.Provider value={api}>
        <ol className="flex flex-col gap-1" aria-label={t("messagesLabel")}>
          {messages.map((message, i) => {
            const before = messages[i - 1];
            const newDay = !before || dayKey(before.sentAt) !== dayKey(message.sentAt);
            const sameSender = !newDay && before && before.fromMe === message.fromMe && before.senderPhone === message.senderPhone;
            return (
              <Fragment key={message.id}>
                {newDay ? <DayDivider iso={message.sentAt} /> : null}
                <li className={cn(!sameSender && "mt-1.5")}>
                  {message.kind === "notification" ? <SystemLine message={message} /> : <MessageBubble message={message} showSender={group && !sameSender} reactions={chipsOf.get(message.messageId)} />}
                </li>
              </Fragment>
            );
          })}
        </ol>
        </ConversationContext.Provider>
      </div>
      {unseen > 0 ? (
        <button
          type="button"
          onClick={toBottom}
          data-testid="new-messages-pill"
          className={cn(
            focusRing,
            "absolute bottom-4 left-1/2 inline-flex -translate-x-1/2 items-center gap-1.5 rounded-full bg-brand-600 px-3 py-1.5 text-sm font-medium text-white shadow-lg dark:bg-brand-500 dark:text-zinc-950",
          )}
        >
          <IconArrowDown className="size-4" />
          {t("newMessages", { count: unseen })}
        </button>
      ) : null}
    </div>
  );
}
