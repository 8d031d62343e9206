import type { Db } from "@/lib/db/client";
import { messageToDto } from "@/lib/dto/message-to-dto";
import { statusTransitionToDto } from "@/lib/dto/status-transition-to-dto";
import { type TMessageDetailDto, ZMessageDetailDto } from "@/lib/schemas/dto";
import { buildMessageTimeline } from "./build-message-timeline";

/**
 * A message with its full status history, edits, reactions, delivery results and its timeline
 * (lib/messages/build-message-timeline.ts); null when unknown.
 */
export async function getMessageDetail(db: Db, instanceId: string, messageId: string): Promise<TMessageDetailDto | null> {
  const message = await db.message.findUnique({
    where: { instanceId_messageId: { instanceId, messageId } },
    include: { edits: { orderBy: { editedAt: "asc" } }, chat: { select: { kind: true } } },
  });
  if (!message) return null;
  const [transitions, reactions, delivery] = await Promise.all([
    db.statusTransition.findMany({ where: { instanceId, messageId }, orderBy: { id: "asc" } }),
    db.reaction.findMany({ where: { instanceId, targetMessageId: messageId }, orderBy: { reactedAt: "asc" } }),
    db.deliveryResult.findMany({ where: { instanceId, messageId }, orderBy: { at: "asc" } }),
  ]);
  const { chat, edits, ...row } = message;
  const timeline = buildMessageTimeline({ message: row, isGroup: chat.kind === "group", transitions, delivery, edits });
  return ZMessageDetailDto.parse({
    ...messageToDto(row),
    timeline,
    statusHistory: [...transitions].sort((a, b) => a.at.getTime() - b.at.getTime() || Number(a.id - b.id)).map(statusTransitionToDto),
    edits: edits.map((e) => ({
      editMessageId: e.editMessageId,
      previousText: e.previousText,
      newText: e.newText,
      editedAt: e.editedAt.toISOString(),
    })),
    reactions: reactions.map((r) => ({
      targetMessageId: r.targetMessageId,
      reactor: r.reactor,
      value: r.value,
      removed: r.value === "",
      fromMe: r.fromMe,
      reactedAt: r.reactedAt.toISOString(),
    })),
    delivery: delivery.map((d) => ({
      messageId: d.messageId,
      zaapId: d.zaapId,
      phone: d.phone,
      error: d.error,
      errorCode: d.errorCode,
      at: d.at.toISOString(),
    })),
  });
}
