"use client";

import { useEffect, useState } from "react";
import { z } from "zod";
import type { TChatFilter } from "@/lib/chats/chat-filter";
import type { TChatSearch } from "@/lib/chats/search-chats";
import { ZChatDto, ZMessageDto } from "@/lib/schemas/dto";

const ZChatSearch = z.object({ chats: ZChatDto.array(), lastMessages: ZMessageDto.array(), messages: ZMessageDto.array(), messageChats: ZChatDto.array() });
const DEBOUNCE_MS = 250;

type Result = { key: string; data: TChatSearch | null; failed: boolean };

/**
 * The server's search (app/api/chats/search/route.ts) for what is typed, a moment after the typing stops;
 * an answer to an older query never replaces a newer one. `loading` while the answer for the current query is due.
 */
export function useChatSearch(query: string, instanceId: string | null, filter: TChatFilter | null): { data: TChatSearch | null; loading: boolean; failed: boolean } {
  const q = query.trim();
  const key = JSON.stringify([q, instanceId, filter]);
  const [result, setResult] = useState<Result>({ key: "", data: null, failed: false });
  useEffect(() => {
    if (!q) return;
    const abort = new AbortController();
    const timer = setTimeout(() => {
      const params = new URLSearchParams({ q });
      if (instanceId) params.set("instanceId", instanceId);
      if (filter) params.set("filter", filter);
      fetch(`/api/chats/search?${params}`, { signal: abort.signal })
        .then(async (response) => {
          if (!response.ok) throw new Error(`search: ${response.status}`);
          setResult({ key, data: ZChatSearch.parse(await response.json()), failed: false });
        })
        .catch((error: unknown) => {
          if (!abort.signal.aborted) setResult({ key, data: null, failed: true });
          else if (!(error instanceof DOMException)) console.error("chat search failed", error);
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [q, instanceId, filter, key]);
  const current = result.key === key;
  return { data: current ? result.data : null, loading: q !== "" && !current, failed: current && result.failed };
}
