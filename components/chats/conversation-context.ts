"use client";

import { createContext, useContext } from "react";
import type { TMessageDto } from "@/lib/schemas/dto";

/** What a bubble may ask of its conversation: the message a reply quotes, a scroll to it, a poll's tally. */
export type ConversationApi = {
  find: (messageId: string) => TMessageDto | undefined;
  jump: (messageId: string) => void;
  votes: (pollMessageId: string) => ReadonlyMap<string, number> | undefined;
};

const none: ConversationApi = { find: () => undefined, jump: () => undefined, votes: () => undefined };

export const ConversationContext = createContext<ConversationApi>(none);

export function useConversation(): ConversationApi {
  return useContext(ConversationContext);
}
