import type { Db } from "@/lib/db/client";
import { messagesWithFailures } from "@/lib/messages/attach-failures";
import { type Message, Prisma } from "@/lib/generated/prisma/client";
import { MESSAGE_COLUMNS } from "@/lib/normaliser/message-columns";
import type { TMessageDto } from "@/lib/schemas/dto";

/**
 * The newest message of each of these chats (for the chat list's kind icon and ticks). One LATERAL index
 * lookup per chat on (chat_id, sent_at DESC, id DESC), so a page costs the same in a chat of any length.
 */
export async function listLastMessages(db: Db, chatIds: readonly string[]): Promise<TMessageDto[]> {
  if (chatIds.length === 0) return [];
  const ids = Prisma.join(chatIds.map((id) => Prisma.sql`${id}::uuid`));
  const rows = await db.$queryRaw<Message[]>(Prisma.sql`
    SELECT m.* FROM unnest(ARRAY[${ids}]) AS c(id)
    CROSS JOIN LATERAL (
      SELECT ${MESSAGE_COLUMNS} FROM message WHERE chat_id = c.id ORDER BY sent_at DESC, id DESC LIMIT 1
    ) m`);
  return messagesWithFailures(db, rows);
}
