import type { Db } from "@/lib/db/client";
import type { TChatDto, TMessageDto } from "@/lib/schemas/dto";
import { listChats, type TListChatsQuery } from "./list-chats";
import { listLastMessages } from "./list-last-messages";
import { listOpenedMarks } from "./list-opened-marks";
import type { TOpenedMark } from "./unread-for-viewer";

/** `opened`: the viewer's marks of these chats, for their own unread badges (lib/chats/unread-for-viewer.ts). */
export type TChatPage = { items: TChatDto[]; nextCursor: string | null; lastMessages: TMessageDto[]; opened: TOpenedMark[] };

/** A page of the chat list with each chat's newest message (what the list row shows beside the preview) and the viewer's opening marks. */
export async function listChatPage(db: Db, query: TListChatsQuery, viewerId: string | null = null): Promise<TChatPage> {
  const page = await listChats(db, query);
  const ids = page.items.map((chat) => chat.id);
  const [lastMessages, opened] = await Promise.all([listLastMessages(db, ids), viewerId === null ? [] : listOpenedMarks(db, viewerId, ids)]);
  return { ...page, lastMessages, opened };
}
