import type { Message } from "@/lib/generated/prisma/client";
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
 * re-delivers up to 9×, docs/zapi/EDGE_CASES.md 1) changes nothing and counts nothing; content arriving for a
 * placeholder row fills it.
 */
export async function applyMessage(ctx: TApplyContext, intent: TMessageIntent): Promise<TApplyOutcome> {
  const { instanceId, message: fields } = intent;
  const resolved = await findOrCreateChat(ctx, instanceId, intent.chat);
  const inserted = await insertMessage(ctx, instanceId, resolved.chat.id, fields, initialStatus(fields));
  let row: Message | null = inserted;
  if (!inserted) {
    const existing = await ctx.tx.message.findUniqueOrThrow({ where: { instanceId_messageId: { instanceId, messageId: fields.messageId } } });
    const fills = FILLABLE_KINDS.has(existing.kind) && fields.kind !== "waiting";
    row = fills ? await fillMessage(ctx, existing, resolved.chat.id, fields) : null;
  }
  // Only a newly inserted row is a new unread; a filled placeholder was counted (or not) when it was made.
  const bump = row ? chatBump(resolved.chat, row, { countUnread: inserted !== null }) : {};
  const saved = await saveChat(ctx, resolved.chat, { ...resolved.patch, ...bump });
  const changes: TChangeDraft[] = [];
  if (saved.changed || resolved.created) changes.push({ kind: "chat:upserted", payload: chatToDto(saved.chat) });
  if (row) changes.push({ kind: "message:upserted", payload: messageToDto(row) });
  return { duplicate: row === null, changes };
}
