import { chatToDto } from "@/lib/dto/chat-to-dto";
import { messageToDto } from "@/lib/dto/message-to-dto";
import type { TChangeDraft } from "@/lib/schemas/dto";
import type { TApplyContext, TApplyOutcome } from "./apply-context";
import { findOrCreateChat } from "./find-or-create-chat";
import { insertMessage } from "./insert-message";
import type { TRevokeIntent } from "./intent";
import { saveChat } from "./save-chat";

/**
 * Delete-for-everyone (`notification: "REVOKE"`, `messageId` = the deleted message; docs/zapi/EDGE_CASES.md 3). Marks
 * the message deleted and keeps its content — the monitor shows what was deleted. An unknown message gets
 * a `revoked` placeholder whose deletedAt survives when the content shows up later.
 */
export async function applyRevoke(ctx: TApplyContext, intent: TRevokeIntent): Promise<TApplyOutcome> {
  const { tx } = ctx;
  const { instanceId, message: fields, deletedAt } = intent;
  const existing = await tx.message.findUnique({ where: { instanceId_messageId: { instanceId, messageId: fields.messageId } } });
  if (existing) {
    if (existing.deletedAt !== null) return { duplicate: true, changes: [] };
    const row = await tx.message.update({ where: { id: existing.id }, data: { deletedAt } });
    return { duplicate: false, changes: [{ kind: "message:upserted", payload: messageToDto(row) }] };
  }
  const changes: TChangeDraft[] = [];
  const resolved = await findOrCreateChat(ctx, instanceId, intent.chat);
  const saved = await saveChat(ctx, resolved.chat, resolved.patch);
  if (saved.changed || resolved.created) changes.push({ kind: "chat:upserted", payload: chatToDto(saved.chat) });
  const row = await insertMessage(ctx, instanceId, resolved.chat.id, fields, { deletedAt });
  if (!row) throw new Error(`message ${fields.messageId} appeared during its revoke`);
  changes.push({ kind: "message:upserted", payload: messageToDto(row) });
  return { duplicate: false, changes };
}
