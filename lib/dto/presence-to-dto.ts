import type { Chat, Presence } from "@/lib/generated/prisma/client";
import { ZPresenceDto, type TPresenceDto } from "@/lib/schemas/dto";
import { iso } from "./iso";

/** A presence row with the chat it belongs to (the row itself only knows the chat id). */
export function presenceToDto(row: Presence, chat: Pick<Chat, "instanceId" | "phone">): TPresenceDto {
  return ZPresenceDto.parse({
    chatId: row.chatId,
    instanceId: chat.instanceId,
    phone: chat.phone,
    status: row.status,
    lastSeen: iso(row.lastSeen),
    updatedAt: row.updatedAt.toISOString(),
  });
}
