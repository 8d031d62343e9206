import type { Message } from "@/lib/generated/prisma/client";
import { chatToDto } from "@/lib/dto/chat-to-dto";
import { messageToDto } from "@/lib/dto/message-to-dto";
import { statusTransitionToDto } from "@/lib/dto/status-transition-to-dto";
import { messageRankOfReceipt, receiptOfRank } from "@/lib/messages/receipt-rules";
import type { TChangeDraft } from "@/lib/schemas/dto";
import type { TApplyOutcome } from "./apply-context";
import { messageKey, transitionKey, type TBatchState, type TUnreadBase } from "./batch-state";
import type { TStatusIntent } from "./intent";
import { playRecountUnread } from "./play-chat";

/**
 * lib/normaliser/apply-status.ts against the batch's rows in memory: a transition per id not stored yet (the first
 * of a key wins), our own messages' receipts forward by rank only (members' receipts by the group rule), READ_BY_ME keeping the earliest read and then
 * recounting the unread of the chats it moved. `unreadBase` loads, once per chat, what the chat's rows outside the
 * batch say (lib/normaliser/load-unread-base.ts).
 */
export async function playStatus(state: TBatchState, rawEventId: bigint, intent: TStatusIntent, unreadBase: (chatId: string) => Promise<TUnreadBase | undefined>): Promise<TApplyOutcome> {
  const { instanceId, status, participant, device, phone, at } = intent;
  const created: string[] = [];
  for (const id of intent.ids) {
    const key = transitionKey(instanceId, id, status, participant);
    if (state.transitionKeys.has(key)) continue;
    state.transitionKeys.add(key);
    state.newTransitions.push({ instanceId, messageId: id, status, participant, device, phone, at, rawEventId });
    const mk = messageKey(instanceId, id);
    state.transitions.set(mk, [...(state.transitions.get(mk) ?? []), { status, participant, at }]);
    created.push(id);
  }
  if (created.length === 0) return { duplicate: true, changes: [] };
  const changes: TChangeDraft[] = created.map((messageId) => ({
    kind: "status:changed", payload: statusTransitionToDto({ instanceId, messageId, status, participant, device, at }),
  }));
  const rank = messageRankOfReceipt(status, participant);
  const updated: Message[] = [];
  for (const id of created) {
    const row = state.messages.get(messageKey(instanceId, id));
    if (!row) continue;
    if (rank !== null) {
      if (!row.fromMe || !(row.statusRank < rank || (row.statusRank === rank && row.statusAt === null))) continue;
      Object.assign(row, { status: receiptOfRank(rank), statusRank: rank, statusAt: at });
    } else if (status === "READ_BY_ME") {
      if (row.readByMeAt !== null && row.readByMeAt.getTime() <= at.getTime()) continue;
      row.readByMeAt = at;
    } else continue;
    row.updatedAt = state.now;
    if (!state.newMessages.has(row)) state.dirtyMessages.add(row);
    updated.push(row);
  }
  for (const row of updated) changes.push({ kind: "message:upserted", payload: messageToDto(row) });
  if (status === "READ_BY_ME") {
    for (const chatId of new Set(updated.map((m) => m.chatId))) {
      const chat = state.chats.find((c) => c.id === chatId);
      if (!chat) throw new Error(`chat ${chatId} of a read message is not in the batch`);
      const base = state.newChats.has(chat) ? undefined : await unreadBase(chatId);
      if (playRecountUnread(state, chat, base)) changes.push({ kind: "chat:upserted", payload: chatToDto(chat) });
    }
  }
  return { duplicate: false, changes };
}
