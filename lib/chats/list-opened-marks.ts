import type { Db } from "@/lib/db/client";
import type { TOpenedMark } from "./unread-for-viewer";

/** The user's opening marks of these chats (lib/chats/mark-chat-opened.ts); one primary-key lookup each. */
export async function listOpenedMarks(db: Db, userId: string, chatIds: readonly string[]): Promise<TOpenedMark[]> {
  if (chatIds.length === 0) return [];
  const rows = await db.chatOpened.findMany({ where: { userId, chatId: { in: [...chatIds] } } });
  return rows.map((r) => ({ chatId: r.chatId, openedAt: r.openedAt.toISOString(), unreadBase: r.unreadBase }));
}
