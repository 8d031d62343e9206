import { z } from "zod";
import { appendChanges } from "@/lib/changes/append-changes";
import type { Db } from "@/lib/db/client";
import type { TOpenedMark } from "./unread-for-viewer";

/**
 * The user opened the chat in Vigia: from now on its unread badge counts, for them only, what arrives after
 * (lib/chats/unread-for-viewer.ts). Vigia only observes: nothing is marked read on WhatsApp. The mark and a
 * `chat:opened` change (the user's other tabs) commit together. Null when there is no such chat.
 */
export async function markChatOpened(db: Db, userId: string, chatId: string): Promise<TOpenedMark | null> {
  if (!z.uuid().safeParse(chatId).success) return null;
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ openedAt: Date; unreadBase: number }[]>`
      INSERT INTO chat_opened (user_id, chat_id, opened_at, unread_base)
      SELECT ${userId}::uuid, c.id, GREATEST(now(), COALESCE(c.last_message_at, now())), c.unread_count FROM chat c WHERE c.id = ${chatId}::uuid
      ON CONFLICT (user_id, chat_id) DO UPDATE SET opened_at = GREATEST(EXCLUDED.opened_at, chat_opened.opened_at), unread_base = EXCLUDED.unread_base
      RETURNING opened_at AS "openedAt", unread_base AS "unreadBase"`;
    if (!row) return null;
    const mark: TOpenedMark = { chatId, openedAt: row.openedAt.toISOString(), unreadBase: row.unreadBase };
    await appendChanges(tx, [{ kind: "chat:opened", payload: { ...mark, userId } }]);
    return mark;
  });
}
