import type { Chat } from "@/lib/generated/prisma/client";
import { ZChatDto, type TChatDto } from "@/lib/schemas/dto";
import { iso } from "./iso";

/** A chat row as the dashboard sees it. */
export function chatToDto(row: Chat): TChatDto {
  return ZChatDto.parse({
    id: row.id,
    instanceId: row.instanceId,
    phone: row.phone,
    chatLid: row.chatLid,
    kind: row.kind,
    name: row.name,
    photoUrl: row.photoUrl,
    lastMessageAt: iso(row.lastMessageAt),
    lastMessagePreview: row.lastMessagePreview,
    unreadCount: row.unreadCount,
  });
}
