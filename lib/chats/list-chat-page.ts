import type { Db } from "@/lib/db/client";
import type { TChatDto, TMessageDto } from "@/lib/schemas/dto";
import { listChats, type TListChatsQuery } from "./list-chats";
import { listLastMessages } from "./list-last-messages";

export type TChatPage = { items: TChatDto[]; nextCursor: string | null; lastMessages: TMessageDto[] };

/** A page of the chat list with each chat's newest message (what the list row shows beside the preview). */
export async function listChatPage(db: Db, query: TListChatsQuery): Promise<TChatPage> {
  const page = await listChats(db, query);
  const lastMessages = await listLastMessages(db, page.items.map((chat) => chat.id));
  return { ...page, lastMessages };
}
