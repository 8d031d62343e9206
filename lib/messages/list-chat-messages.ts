import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { messageToDto } from "@/lib/dto/message-to-dto";
import { decodeCursor, encodeCursor } from "@/lib/http/cursor";
import type { TMessageDto } from "@/lib/schemas/dto";

export const ZListMessagesQuery = z.object({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const ZMessageCursor = z.object({ t: z.string(), id: z.string() });

/** A chat's messages, newest first; the cursor walks back in time. Null when the chat does not exist. */
export async function listChatMessages(
  db: Db,
  chatId: string,
  query: z.infer<typeof ZListMessagesQuery>,
): Promise<{ items: TMessageDto[]; nextCursor: string | null } | null | "bad_cursor"> {
  const cursor = decodeCursor(query.cursor, ZMessageCursor);
  if (cursor === null) return "bad_cursor";
  if (!z.uuid().safeParse(chatId).success) return null;
  const chat = await db.chat.findUnique({ where: { id: chatId }, select: { id: true } });
  if (!chat) return null;
  const t = cursor ? new Date(cursor.t) : undefined;
  const rows = await db.message.findMany({
    where: { chatId, ...(t && cursor ? { OR: [{ sentAt: { lt: t } }, { sentAt: t, id: { lt: cursor.id } }] } : {}) },
    orderBy: [{ sentAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor = rows.length > query.limit && last ? encodeCursor({ t: last.sentAt.toISOString(), id: last.id }) : null;
  return { items: page.map(messageToDto), nextCursor };
}
