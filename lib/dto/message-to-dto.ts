import type { Message } from "@/lib/generated/prisma/client";
import { ZMessageDto, type TMessageDto } from "@/lib/schemas/dto";
import { iso } from "./iso";

export type TMessageFailure = { error: string | null; errorCode: string | null };

/**
 * A message row as the dashboard sees it (sender LID, rank and raw-event link stay server-side). `failure`:
 * the failed DeliveryCallback's reason, kept in delivery_result (lib/messages/attach-failures.ts reads it).
 */
export function messageToDto(row: Message, failure?: TMessageFailure | null): TMessageDto {
  return ZMessageDto.parse({
    id: row.id,
    instanceId: row.instanceId,
    messageId: row.messageId,
    chatId: row.chatId,
    fromMe: row.fromMe,
    fromApi: row.fromApi,
    senderPhone: row.senderPhone,
    senderName: row.senderName,
    kind: row.kind,
    text: row.text,
    content: row.content ?? null,
    notification: row.notification,
    replyToMessageId: row.replyToMessageId,
    isForwarded: row.isForwarded,
    isStatusReply: row.isStatusReply,
    sentAt: row.sentAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    status: row.status,
    statusAt: iso(row.statusAt),
    readByMeAt: iso(row.readByMeAt),
    deletedAt: iso(row.deletedAt),
    editedAt: iso(row.editedAt),
    stuckAt: iso(row.stuckAt ?? null),
    failure: row.status === "FAILED" && failure ? failure : null,
  });
}
