import type { Chat } from "@/lib/generated/prisma/client";
import type { TApplyContext } from "./apply-context";

/**
 * Unread after the owner read something in the chat (READ_BY_ME): the incoming user messages newer than the
 * newest message known to be read. Reading on WhatsApp marks everything up to a point, so this is exact when
 * receipts arrive and cheap (one statement per chat). Returns the chat only when its count changed.
 */
export async function recountUnread(ctx: TApplyContext, chatId: string): Promise<Chat | null> {
  const rows = await ctx.tx.$queryRaw<Chat[]>`
    WITH counted AS (
      SELECT count(*)::int AS n FROM message m
       WHERE m.chat_id = ${chatId}::uuid AND m.from_me = false AND m.read_by_me_at IS NULL
         AND m.kind NOT IN ('notification', 'pending', 'revoked')
         AND m.sent_at > COALESCE((SELECT max(r.sent_at) FROM message r WHERE r.chat_id = ${chatId}::uuid AND r.read_by_me_at IS NOT NULL), '-infinity'::timestamptz))
    UPDATE chat SET unread_count = counted.n, updated_at = now() FROM counted
     WHERE chat.id = ${chatId}::uuid AND chat.unread_count <> counted.n
    RETURNING chat.id, chat.instance_id AS "instanceId", chat.phone, chat.chat_lid AS "chatLid", chat.kind, chat.name,
      chat.photo_url AS "photoUrl", chat.last_message_at AS "lastMessageAt", chat.last_message_preview AS "lastMessagePreview",
      chat.unread_count AS "unreadCount", chat.created_at AS "createdAt", chat.updated_at AS "updatedAt"`;
  return rows[0] ?? null;
}
