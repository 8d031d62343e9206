import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { messagesWithFailures } from "@/lib/messages/attach-failures";
import { type Message, Prisma } from "@/lib/generated/prisma/client";
import { encodeCursor, zCursor } from "@/lib/http/cursor";
import { MESSAGE_COLUMNS } from "@/lib/normaliser/message-columns";
import type { TMessageDto } from "@/lib/schemas/dto";

const ZMessageCursor = z.object({ t: z.iso.datetime(), id: z.uuid() });

export const ZListMessagesQuery = z.object({
  cursor: zCursor(ZMessageCursor),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** A chat's messages, newest first; the cursor walks back in time. Null when the chat does not exist. */
export async function listChatMessages(
  db: Db,
  chatId: string,
  query: z.infer<typeof ZListMessagesQuery>,
): Promise<{ items: TMessageDto[]; nextCursor: string | null } | null> {
  const cursor = query.cursor;
  if (!z.uuid().safeParse(chatId).success) return null;
  const chat = await db.chat.findUnique({ where: { id: chatId }, select: { id: true } });
  if (!chat) return null;
  const rows = await db.$queryRaw<Message[]>(chatMessagesSql(chatId, cursor ?? null, query.limit + 1));
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor = rows.length > query.limit && last ? encodeCursor({ t: last.sentAt.toISOString(), id: last.id }) : null;
  return { items: await messagesWithFailures(db, page), nextCursor };
}

/**
 * Raw SQL for the row comparison, which Prisma's query API cannot say: `(sent_at, id) < (t, id)` is one range
 * of the index (chat_id, sent_at DESC, id DESC), so a deep page costs what the first one does (an OR of
 * `sent_at < t` and `sent_at = t AND id < id` is not a range).
 */
function chatMessagesSql(chatId: string, cursor: { t: string; id: string } | null, take: number): Prisma.Sql {
  const after = cursor ? Prisma.sql`AND (sent_at, id) < (${new Date(cursor.t)}::timestamptz, ${cursor.id}::uuid)` : Prisma.empty;
  return Prisma.sql`SELECT ${MESSAGE_COLUMNS} FROM message WHERE chat_id = ${chatId}::uuid ${after} ORDER BY sent_at DESC, id DESC LIMIT ${take}`;
}
