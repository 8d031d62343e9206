import { chatToDto } from "@/lib/dto/chat-to-dto";
import { messageToDto } from "@/lib/dto/message-to-dto";
import type { TChangeDraft } from "@/lib/schemas/dto";
import type { TApplyContext, TApplyOutcome } from "./apply-context";
import { chatBump } from "./chat-bump";
import { FILLABLE_KINDS, fillMessage } from "./fill-message";
import { findOrCreateChat } from "./find-or-create-chat";
import { initialStatus, insertMessage } from "./insert-message";
import type { TMessageIntent } from "./intent";
import { saveChat } from "./save-chat";

/**
 * A user message, waiting placeholder or notification. Keyed on (instance, messageId): a repeat (Z-API
 * re-delivers up to 9×, EDGE_CASES 1) changes nothing and counts nothing; content arriving for a
 * placeholder row fills it.
 */
export async function applyMessage(ctx: TApplyContext, intent: TMessageIntent): Promise<TApplyOutcome> {
  const { instanceId, message: fields } = intent;
  const resolved = await findOrCreateChat(ctx, instanceId, intent.chat);
  const inserted = await insertMessage(ctx, instanceId, resolved.chat.id, fields, initialStatus(fields));
  const changes: TChangeDraft[] = [];
  let duplicate = false;
  let row = inserted;
  if (inserted) {
    const saved = await saveChat(ctx, resolved.chat, { ...resolved.patch, ...chatBump(resolved.chat, inserted, { countUnread: true }) });
    if (saved.changed || resolved.created) changes.push({ kind: "chat:upserted", payload: chatToDto(saved.chat) });
  } else {
    const existing = await ctx.tx.message.findUniqueOrThrow({ where: { instanceId_messageId: { instanceId, messageId: fields.messageId } } });
    if (FILLABLE_KINDS.has(existing.kind) && fields.kind !== "waiting") {
      row = await fillMessage(ctx, existing, resolved.chat.id, fields);
      const saved = await saveChat(ctx, resolved.chat, { ...resolved.patch, ...chatBump(resolved.chat, row, { countUnread: false }) });
      if (saved.changed || resolved.created) changes.push({ kind: "chat:upserted", payload: chatToDto(saved.chat) });
    } else {
      duplicate = true;
      const saved = await saveChat(ctx, resolved.chat, resolved.patch);
      if (saved.changed || resolved.created) changes.push({ kind: "chat:upserted", payload: chatToDto(saved.chat) });
    }
  }
  if (row && !duplicate) changes.push({ kind: "message:upserted", payload: messageToDto(row) });
  return { duplicate, changes };
}
