import type { Message } from "@/lib/generated/prisma/client";
import type { TApplyContext } from "./apply-context";
import type { TMessageFields } from "./intent";
import { toJson } from "./to-json";

/** Rows that exist before their content: a waiting placeholder, a Delivery result, a REVOKE. */
export const FILLABLE_KINDS = new Set(["waiting", "pending", "revoked"]);

/**
 * Gives a placeholder row the content that has now arrived. Status, readByMeAt, deletedAt and editedAt
 * stay: they were learned from other events. A waiting row keeps its time (same message, seen earlier);
 * rows made by other events only had that event's time, so they take the message's own.
 */
export async function fillMessage(ctx: TApplyContext, existing: Message, chatId: string, fields: TMessageFields): Promise<Message> {
  return ctx.tx.message.update({
    where: { id: existing.id },
    data: {
      chatId,
      fromMe: fields.fromMe,
      fromApi: fields.fromApi || existing.fromApi,
      senderPhone: fields.senderPhone ?? existing.senderPhone,
      senderLid: fields.senderLid ?? existing.senderLid,
      senderName: fields.senderName ?? existing.senderName,
      kind: fields.kind,
      content: toJson(fields.content),
      text: fields.text,
      notification: fields.notification,
      replyToMessageId: fields.replyToMessageId,
      isForwarded: fields.isForwarded,
      isStatusReply: fields.isStatusReply,
      sentAt: existing.kind === "waiting" ? existing.sentAt : fields.sentAt,
    },
  });
}
