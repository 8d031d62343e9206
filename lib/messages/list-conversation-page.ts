import type { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { TMessageDto } from "@/lib/schemas/dto";
import { listChatMessages, type ZListMessagesQuery } from "./list-chat-messages";
import { listMessageReactions, type TReactionChip } from "./list-message-reactions";

export type TConversationPage = { items: TMessageDto[]; nextCursor: string | null; reactions: TReactionChip[] };

/** A page of a chat's messages (newest first) with the reactions on them; null when the chat does not exist. */
export async function listConversationPage(db: Db, chatId: string, query: z.infer<typeof ZListMessagesQuery>): Promise<TConversationPage | null> {
  const page = await listChatMessages(db, chatId, query);
  if (!page) return null;
  const instanceId = page.items[0]?.instanceId;
  const reactions = instanceId ? await listMessageReactions(db, instanceId, page.items.map((m) => m.messageId)) : [];
  return { ...page, reactions };
}
