"use client";

import { useEffect, useMemo } from "react";
import { z } from "zod";
import { useLiveSeeder, useViewerChats } from "@/components/realtime/use-live";
import { useTitleBadge } from "@/components/shell/use-title-badge";
import { selectUnreadTotal } from "@/lib/live-store/select-live";

export const ZOpenedMark = z.object({ chatId: z.string(), openedAt: z.string(), unreadBase: z.number() });
const ZOpenedAnswer = z.object({ opened: ZOpenedMark.nullable() });

/**
 * The chats as the signed-in user sees their unread badges (lib/chats/unread-for-viewer.ts), from the live
 * store's chats and openings (lib/live-store/select-live.ts): the open chat is marked opened
 * (POST /api/chats/{id}/opened, app/api/chats/[chatId]/opened/route.ts) when it opens and again whenever a
 * message arrives in it while it is open, and the tab title shows the total, "(3) Chats". An opening on
 * another of the user's tabs or devices arrives as `chat:opened` and clears the badge here too.
 */
export function useViewerUnread(selectedId: string | null) {
  const chats = useViewerChats();
  const seeder = useLiveSeeder();
  const openLast = selectedId ? (chats.get(selectedId)?.lastMessageAt ?? null) : null;
  useEffect(() => {
    if (!selectedId) return;
    const controller = new AbortController();
    const seq = seeder.seqNow();
    fetch(`/api/chats/${encodeURIComponent(selectedId)}/opened`, { method: "POST", signal: controller.signal, headers: { accept: "application/json" } })
      .then(async (response) => {
        if (!response.ok) return;
        const { opened } = ZOpenedAnswer.parse(await response.json());
        // Written at the seq the request started: the socket's own `chat:opened` for it, or a newer one, wins.
        if (opened) seeder.seed({ headSeq: seq, opened: [opened] });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) console.error("chat opened: mark failed", error);
      });
    return () => controller.abort();
  }, [selectedId, openLast, seeder]);

  const total = useMemo(() => selectUnreadTotal(chats), [chats]);
  useTitleBadge(total);

  return chats;
}
