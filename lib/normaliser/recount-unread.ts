import { Prisma as P } from "@/lib/generated/prisma/client";
import type { Chat, Prisma } from "@/lib/generated/prisma/client";
import type { TApplyContext } from "./apply-context";
import { READS_CHAT_SQL } from "./unread-rule";

/**
 * Unread after the owner read or answered something in the chat (lib/normaliser/unread-rule.ts): the incoming user messages newer than the
 * newest message known to be read. Reading on WhatsApp marks everything up to a point, so this is exact when
 * receipts arrive and cheap (one statement per chat). Returns the chat only when its count changed.
 */
export async function recountUnread(ctx: TApplyContext, chatId: string): Promise<Chat | null> {
  const [chat] = await recountUnreadOf(ctx.tx, [chatId]);
  return chat ?? null;
}

/** recountUnread for several chats in one statement; returns the chats whose count changed. */
export async function recountUnreadOf(tx: Prisma.TransactionClient, chatIds: string[]): Promise<Chat[]> {
  if (chatIds.length === 0) return [];
  return tx.$queryRaw<Chat[]>`
    WITH counted AS (
      SELECT c.id, (SELECT count(*)::int FROM message m
         WHERE m.chat_id = c.id AND m.from_me = false AND m.read_by_me_at IS NULL
           AND m.kind NOT IN ('notification', 'pending', 'revoked')
           AND m.sent_at > COALESCE((SELECT max(r.sent_at) FROM message r WHERE r.chat_id = c.id AND ${P.raw(READS_CHAT_SQL)}), '-infinity'::timestamptz)) AS n
        FROM unnest(${chatIds}::uuid[]) AS c(id))
    UPDATE chat SET unread_count = counted.n, updated_at = now() FROM counted
     WHERE chat.id = counted.id AND chat.unread_count <> counted.n
    RETURNING chat.id, chat.instance_id AS "instanceId", chat.phone, chat.chat_lid AS "chatLid", chat.kind, chat.name,
      chat.photo_url AS "photoUrl", chat.last_message_at AS "lastMessageAt", chat.last_message_preview AS "lastMessagePreview",
      chat.unread_count AS "unreadCount", chat.created_at AS "createdAt", chat.updated_at AS "updatedAt"`;
}
