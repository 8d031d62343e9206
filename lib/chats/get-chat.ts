import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { chatToDto } from "@/lib/dto/chat-to-dto";
import type { TChatDto } from "@/lib/schemas/dto";

/** One chat by its row id; null when the id is not a uuid or no such chat exists. */
export async function getChat(db: Db, chatId: string): Promise<TChatDto | null> {
  if (!z.uuid().safeParse(chatId).success) return null;
  const row = await db.chat.findUnique({ where: { id: chatId } });
  return row ? chatToDto(row) : null;
}
