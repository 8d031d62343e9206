import type { Message } from "@/lib/generated/prisma/client";
import { chatToDto } from "@/lib/dto/chat-to-dto";
import { messageToDto } from "@/lib/dto/message-to-dto";
import type { TChangeDraft } from "@/lib/schemas/dto";
import type { TApplyContext, TApplyOutcome } from "./apply-context";
import { findOrCreateChat } from "./find-or-create-chat";
import { insertMessage } from "./insert-message";
import type { TDeliveryIntent } from "./intent";
import { saveChat } from "./save-chat";

/**
 * DeliveryCallback: Z-API handed our message to WhatsApp (→ SENT) or failed to (→ FAILED). A real receipt
 * outranks both, whichever arrives first: FAILED only replaces a status no receipt has confirmed
 * (`statusAt` null or rank 0). When the message is not known yet, a `pending` outgoing placeholder is
 * created so a failure is visible at once; the `fromMe` echo later fills that same row.
 */
export async function applyDelivery(ctx: TApplyContext, intent: TDeliveryIntent): Promise<TApplyOutcome> {
  const { tx } = ctx;
  const { instanceId, messageId, zaapId, error, errorCode, at } = intent;
  const [result] = await tx.deliveryResult.createManyAndReturn({
    data: [{ instanceId, messageId, zaapId, phone: intent.chat.phone, error, errorCode, at, rawEventId: ctx.rawEventId }],
    skipDuplicates: true,
    select: { id: true },
  });
  if (!result) return { duplicate: true, changes: [] };
  const failed = error !== null && error !== "";
  const failure = failed ? { error, errorCode } : null;
  const status = failed ? { status: "FAILED", statusRank: 0, statusAt: at } : { status: "SENT", statusRank: 1, statusAt: at };

  const existing = await tx.message.findUnique({ where: { instanceId_messageId: { instanceId, messageId } }, select: { id: true } });
  if (existing) {
    const unconfirmed = failed
      ? [{ statusRank: 0 }, { statusAt: null }]
      : [{ statusRank: { lt: 1 } }, { statusRank: 1, statusAt: null }];
    const updated: Message[] = await tx.message.updateManyAndReturn({ where: { id: existing.id, fromMe: true, OR: unconfirmed }, data: status });
    return { duplicate: false, changes: updated.map((row) => ({ kind: "message:upserted" as const, payload: messageToDto(row, failure) })) };
  }

  const changes: TChangeDraft[] = [];
  const resolved = await findOrCreateChat(ctx, instanceId, intent.chat);
  const saved = await saveChat(ctx, resolved.chat, resolved.patch);
  if (saved.changed || resolved.created) changes.push({ kind: "chat:upserted", payload: chatToDto(saved.chat) });
  const row = await insertMessage(ctx, instanceId, resolved.chat.id, {
    messageId, fromMe: true, fromApi: true, senderPhone: null, senderLid: null, senderName: null, kind: "pending",
    content: null, text: null, notification: null, replyToMessageId: null, isForwarded: false, isStatusReply: false, sentAt: at,
  }, status);
  if (!row) throw new Error(`message ${messageId} appeared during its delivery result`);
  changes.push({ kind: "message:upserted", payload: messageToDto(row, failure) });
  return { duplicate: false, changes };
}
