"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import { z } from "zod";
import { useTitleBadge } from "@/components/shell/use-title-badge";
import { type TOpenedMark, unreadForViewer } from "@/lib/chats/unread-for-viewer";
import type { TChatDto } from "@/lib/schemas/dto";

export const ZOpenedMark = z.object({ chatId: z.string(), openedAt: z.string(), unreadBase: z.number() });
const ZOpenedAnswer = z.object({ opened: ZOpenedMark.nullable() });

/**
 * The chat list as the signed-in user sees its unread badges (lib/chats/unread-for-viewer.ts): the open chat is
 * marked opened (POST /api/chats/{id}/opened, app/api/chats/[chatId]/opened/route.ts) when it opens and again
 * whenever a message arrives in it while it is open, and the tab title shows the total, "(3) Chats".
 */
export function useViewerUnread(chats: ReadonlyMap<string, TChatDto>, seed: readonly TOpenedMark[], selectedId: string | null) {
  const [marks, setMarks] = useState<ReadonlyMap<string, TOpenedMark>>(() => new Map(seed.map((m) => [m.chatId, m])));
  const addMarks = useCallback((more: readonly TOpenedMark[]) => {
    if (more.length > 0) setMarks((held) => new Map([...held, ...more.map((m) => [m.chatId, m] as const)]));
  }, []);
  const openLast = selectedId ? (chats.get(selectedId)?.lastMessageAt ?? null) : null;
  useEffect(() => {
    if (!selectedId) return;
    const controller = new AbortController();
    fetch(`/api/chats/${encodeURIComponent(selectedId)}/opened`, { method: "POST", signal: controller.signal, headers: { accept: "application/json" } })
      .then(async (response) => {
        if (!response.ok) return;
        const { opened } = ZOpenedAnswer.parse(await response.json());
        if (opened) addMarks([opened]);
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) console.error("chat opened: mark failed", error);
      });
    return () => controller.abort();
  }, [selectedId, openLast, addMarks]);

  const viewed = useMemo(() => {
    const out = new Map<string, TChatDto>();
    for (const [id, chat] of chats) {
      const unreadCount = unreadForViewer(chat, marks.get(id));
      out.set(id, unreadCount === chat.unreadCount ? chat : { ...chat, unreadCount });
    }
    return out;
  }, [chats, marks]);

  const total = useMemo(() => [...viewed.values()].reduce((n, c) => (c.kind === "status" ? n : n + c.unreadCount), 0), [viewed]);
  useTitleBadge(total);

  return { chats: viewed, addMarks };
}
