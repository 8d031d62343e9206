import type { Message } from "@/lib/generated/prisma/client";
import { chatToDto } from "@/lib/dto/chat-to-dto";
import { messageToDto } from "@/lib/dto/message-to-dto";
import { statusTransitionToDto } from "@/lib/dto/status-transition-to-dto";
import type { TChangeDraft } from "@/lib/schemas/dto";
import type { TApplyContext, TApplyOutcome } from "./apply-context";
import type { TStatusIntent } from "./intent";
import { messageRankOfReceipt, receiptOfRank } from "@/lib/messages/receipt-rules";
import { recountUnread } from "./recount-unread";

/**
 * A status callback: one transition per id (unique per id + status + participant, so repeats are no-ops,
 * docs/zapi/EDGE_CASES.md 1/6), kept even when the message is unknown. Messages move forward only: outgoing receipts by
 * rank on our own messages (an equal rank only fills a missing time), READ_BY_ME sets readByMeAt on incoming
 * ones and never touches their status (docs/zapi/EDGE_CASES.md 19), anything else is history only. A group
 * member's receipt moves the message only as far as the group rule allows (lib/messages/receipt-rules.ts).
 */
export async function applyStatus(ctx: TApplyContext, intent: TStatusIntent): Promise<TApplyOutcome> {
  const { tx } = ctx;
  const { instanceId, status, participant, device, phone, at } = intent;
  // One statement for every id; RETURNING lists only the ids that were new, i.e. what actually changed.
  const created = await tx.$queryRaw<{ messageId: string }[]>`
    INSERT INTO status_transition (instance_id, message_id, status, participant, device, phone, at, raw_event_id)
    SELECT ${instanceId}, id, ${status}, ${participant}, ${device}::int, ${phone}, ${at}::timestamptz, ${ctx.rawEventId}
      FROM unnest(${intent.ids}::text[]) AS id
    ON CONFLICT (instance_id, message_id, status, participant) DO NOTHING
    RETURNING message_id AS "messageId"`;
  if (created.length === 0) return { duplicate: true, changes: [] };
  const ids = created.map((t) => t.messageId);
  const changes: TChangeDraft[] = ids.map((messageId) => ({
    kind: "status:changed", payload: statusTransitionToDto({ instanceId, messageId, status, participant, device, at }),
  }));

  let updated: Message[] = [];
  const rank = messageRankOfReceipt(status, participant);
  if (rank !== null) {
    updated = await tx.message.updateManyAndReturn({
      where: { instanceId, messageId: { in: ids }, fromMe: true, OR: [{ statusRank: { lt: rank } }, { statusRank: rank, statusAt: null }] },
      data: { status: receiptOfRank(rank), statusRank: rank, statusAt: at },
    });
  } else if (status === "READ_BY_ME") {
    updated = await tx.message.updateManyAndReturn({
      where: { instanceId, messageId: { in: ids }, OR: [{ readByMeAt: null }, { readByMeAt: { gt: at } }] },
      data: { readByMeAt: at },
    });
  }
  for (const row of updated) changes.push({ kind: "message:upserted", payload: messageToDto(row) });
  if (status === "READ_BY_ME") {
    for (const chatId of new Set(updated.map((m) => m.chatId))) {
      const chat = await recountUnread(ctx, chatId);
      if (chat) changes.push({ kind: "chat:upserted", payload: chatToDto(chat) });
    }
  }
  return { duplicate: false, changes };
}
