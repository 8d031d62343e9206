import { randomUUID } from "node:crypto";
import type { Message } from "@/lib/generated/prisma/client";
import { chatToDto } from "@/lib/dto/chat-to-dto";
import { messageToDto } from "@/lib/dto/message-to-dto";
import type { TChangeDraft } from "@/lib/schemas/dto";
import type { TApplyOutcome } from "./apply-context";
import { messageKey, type TBatchState } from "./batch-state";
import { contentText } from "./content-text";
import { FILLABLE_KINDS } from "./fill-message";
import { initialStatus, type TMessageExtras } from "./insert-message";
import type { TDeliveryIntent, TEditIntent, TMessageFields, TMessageIntent, TRevokeIntent } from "./intent";
import { mergeEditedContent } from "./merge-edited-content";
import { pendingStatusPatch } from "./pending-status-patch";
import { playChatBump, playFindOrCreateChat, playSaveChat, type TPlayedChat } from "./play-chat";

// The rules of lib/normaliser/apply-message.ts, apply-edit.ts, apply-revoke.ts and apply-delivery.ts, played
// against the batch's rows in memory (lib/normaliser/batch-state.ts). Each function mirrors its apply-* file
// step by step; test/normaliser/batch-equivalence.test.ts holds them to the same end state.

/** lib/normaliser/insert-message.ts: a new row unless the key exists, taking the receipts stored before it. */
function playInsertMessage(state: TBatchState, instanceId: string, chatId: string, f: TMessageFields, extras: TMessageExtras, rawEventId: bigint): Message | null {
  const key = messageKey(instanceId, f.messageId);
  if (state.messages.has(key)) return null;
  const row: Message = {
    id: randomUUID(), instanceId, messageId: f.messageId, chatId, fromMe: f.fromMe, fromApi: f.fromApi, senderPhone: f.senderPhone,
    senderLid: f.senderLid, senderName: f.senderName, kind: f.kind, content: f.content as Message["content"], text: f.text,
    notification: f.notification, replyToMessageId: f.replyToMessageId, isForwarded: f.isForwarded, isStatusReply: f.isStatusReply,
    sentAt: f.sentAt, status: extras.status ?? null, statusRank: extras.statusRank ?? 0, statusAt: extras.statusAt ?? null,
    readByMeAt: null, deletedAt: extras.deletedAt ?? null, editedAt: extras.editedAt ?? null, stuckAt: null, firstRawEventId: rawEventId,
    createdAt: state.now, updatedAt: state.now,
  };
  const transitions = state.transitions.get(key);
  if (transitions) Object.assign(row, pendingStatusPatch(row, transitions));
  state.messages.set(key, row);
  state.newMessages.add(row);
  return row;
}

function touch(state: TBatchState, row: Message, data: Partial<Message>): void {
  Object.assign(row, data, { updatedAt: state.now });
  if (!state.newMessages.has(row)) state.dirtyMessages.add(row);
}

function chatChange(resolved: TPlayedChat, changed: boolean): TChangeDraft[] {
  return changed || resolved.created ? [{ kind: "chat:upserted", payload: chatToDto(resolved.chat) }] : [];
}

export function playMessage(state: TBatchState, rawEventId: bigint, intent: TMessageIntent): TApplyOutcome {
  const { instanceId, message: fields } = intent;
  const resolved = playFindOrCreateChat(state, instanceId, intent.chat);
  const inserted = playInsertMessage(state, instanceId, resolved.chat.id, fields, initialStatus(fields), rawEventId);
  let row: Message | null = inserted;
  if (!inserted) {
    const existing = state.messages.get(messageKey(instanceId, fields.messageId)) as Message;
    const fills = FILLABLE_KINDS.has(existing.kind) && fields.kind !== "waiting";
    if (fills) {
      // lib/normaliser/fill-message.ts
      touch(state, existing, {
        chatId: resolved.chat.id, fromMe: fields.fromMe, fromApi: fields.fromApi || existing.fromApi,
        senderPhone: fields.senderPhone ?? existing.senderPhone, senderLid: fields.senderLid ?? existing.senderLid,
        senderName: fields.senderName ?? existing.senderName, kind: fields.kind, content: fields.content as Message["content"],
        text: fields.text, notification: fields.notification, replyToMessageId: fields.replyToMessageId, isForwarded: fields.isForwarded,
        isStatusReply: fields.isStatusReply, sentAt: existing.kind === "waiting" ? existing.sentAt : fields.sentAt,
      });
      row = existing;
    }
  }
  const bump = row ? playChatBump(resolved.chat, row, { countUnread: inserted !== null }) : {};
  const changed = playSaveChat(state, resolved.chat, { ...resolved.patch, ...bump });
  const changes = chatChange(resolved, changed);
  if (row) changes.push({ kind: "message:upserted", payload: messageToDto(row) });
  return { duplicate: row === null, changes };
}

export function playEdit(state: TBatchState, rawEventId: bigint, intent: TEditIntent): TApplyOutcome {
  const { instanceId, message: fields, editMessageId, editedAt } = intent;
  const resolved = playFindOrCreateChat(state, instanceId, intent.chat);
  const existing = state.messages.get(messageKey(instanceId, fields.messageId)) ?? null;
  const original = existing ?? playInsertMessage(state, instanceId, resolved.chat.id, fields, { ...initialStatus(fields), editedAt }, rawEventId);
  if (!original) throw new Error(`message ${fields.messageId} neither found nor inserted`);
  const editKey = `${original.id}\u0000${editMessageId}`;
  if (state.editKeys.has(editKey)) {
    const changed = playSaveChat(state, resolved.chat, resolved.patch);
    return { duplicate: true, changes: chatChange(resolved, changed) };
  }
  state.editKeys.add(editKey);
  state.newEdits.push({
    messageRowId: original.id, editMessageId, editedAt, newText: fields.text,
    previousText: existing ? existing.text : null, previousContent: existing ? (existing.content ?? null) : null,
  });
  let rewritten = false;
  if (existing && (existing.editedAt === null || existing.editedAt <= editedAt)) {
    const replaces = FILLABLE_KINDS.has(existing.kind);
    const kind = replaces ? fields.kind : existing.kind;
    const content = replaces ? fields.content : mergeEditedContent(existing.content, fields.content);
    touch(state, existing, { kind, content: content as Message["content"], text: contentText(kind, content) ?? fields.text, editedAt });
    rewritten = true;
  }
  const changed = playSaveChat(state, resolved.chat, { ...resolved.patch, ...playChatBump(resolved.chat, original, { countUnread: !existing }) });
  const changes = chatChange(resolved, changed);
  if (rewritten || !existing) changes.push({ kind: "message:upserted", payload: messageToDto(original) });
  return { duplicate: false, changes };
}

export function playRevoke(state: TBatchState, rawEventId: bigint, intent: TRevokeIntent): TApplyOutcome {
  const { instanceId, message: fields, deletedAt } = intent;
  const existing = state.messages.get(messageKey(instanceId, fields.messageId));
  if (existing) {
    if (existing.deletedAt !== null) return { duplicate: true, changes: [] };
    touch(state, existing, { deletedAt });
    return { duplicate: false, changes: [{ kind: "message:upserted", payload: messageToDto(existing) }] };
  }
  const resolved = playFindOrCreateChat(state, instanceId, intent.chat);
  const changes = chatChange(resolved, playSaveChat(state, resolved.chat, resolved.patch));
  const row = playInsertMessage(state, instanceId, resolved.chat.id, fields, { deletedAt }, rawEventId) as Message;
  changes.push({ kind: "message:upserted", payload: messageToDto(row) });
  return { duplicate: false, changes };
}

export function playDelivery(state: TBatchState, rawEventId: bigint, intent: TDeliveryIntent): TApplyOutcome {
  const { instanceId, messageId, zaapId, error, errorCode, at } = intent;
  const deliveryKey = `${instanceId}\u0000${messageId}\u0000${zaapId}`;
  if (state.deliveryKeys.has(deliveryKey)) return { duplicate: true, changes: [] };
  state.deliveryKeys.add(deliveryKey);
  state.newDeliveries.push({ instanceId, messageId, zaapId, phone: intent.chat.phone, error, errorCode, at, rawEventId });
  const failed = error !== null && error !== "";
  const failure = failed ? { error, errorCode } : null;
  const status = failed ? { status: "FAILED", statusRank: 0, statusAt: at } : { status: "SENT", statusRank: 1, statusAt: at };

  const existing = state.messages.get(messageKey(instanceId, messageId));
  if (existing) {
    const unconfirmed = failed
      ? existing.statusRank === 0 || existing.statusAt === null
      : existing.statusRank < 1 || (existing.statusRank === 1 && existing.statusAt === null);
    if (!existing.fromMe || !unconfirmed) return { duplicate: false, changes: [] };
    touch(state, existing, status);
    return { duplicate: false, changes: [{ kind: "message:upserted", payload: messageToDto(existing, failure) }] };
  }
  const resolved = playFindOrCreateChat(state, instanceId, intent.chat);
  const changes = chatChange(resolved, playSaveChat(state, resolved.chat, resolved.patch));
  const row = playInsertMessage(state, instanceId, resolved.chat.id, {
    messageId, fromMe: true, fromApi: true, senderPhone: null, senderLid: null, senderName: null, kind: "pending",
    content: null, text: null, notification: null, replyToMessageId: null, isForwarded: false, isStatusReply: false, sentAt: at,
  }, status, rawEventId) as Message;
  changes.push({ kind: "message:upserted", payload: messageToDto(row, failure) });
  return { duplicate: false, changes };
}
