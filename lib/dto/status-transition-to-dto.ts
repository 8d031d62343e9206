import type { StatusTransition } from "@/lib/generated/prisma/client";
import { ZStatusTransitionDto, type TStatusTransitionDto } from "@/lib/schemas/dto";

/** One receipt; the table stores "" for private chats (it is part of a unique key), the DTO says null. */
export function statusTransitionToDto(row: Pick<StatusTransition, "instanceId" | "messageId" | "status" | "participant" | "device" | "at">): TStatusTransitionDto {
  return ZStatusTransitionDto.parse({
    instanceId: row.instanceId,
    messageId: row.messageId,
    status: row.status,
    participant: row.participant === "" ? null : row.participant,
    device: row.device,
    at: row.at.toISOString(),
  });
}
