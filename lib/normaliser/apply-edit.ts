import type { Message } from "@/lib/generated/prisma/client";
import { chatToDto } from "@/lib/dto/chat-to-dto";
import { messageToDto } from "@/lib/dto/message-to-dto";
import type { TChangeDraft } from "@/lib/schemas/dto";
import type { TApplyContext, TApplyOutcome } from "./apply-context";
import { chatBump } from "./chat-bump";
import { contentText } from "./content-text";
import { FILLABLE_KINDS } from "./fill-message";
import { findOrCreateChat } from "./find-or-create-chat";
import { initialStatus, insertMessage } from "./insert-message";
import type { TEditIntent } from "./intent";
import { mergeEditedContent } from "./merge-edited-content";
import { saveChat } from "./save-chat";
import { toJson } from "./to-json";

/**
 * An edit (`isEdit`, `messageId` = original, `editMessageId` = new id; docs/zapi/EDGE_CASES.md 4). The original row takes
 * the new content; a MessageEdit row keeps what it replaced and makes a repeated edit a duplicate. An edit of
 * a message we never saw creates it from the edit. An older edit arriving after a newer one is recorded but
 * does not roll the content back.
 */
export async function applyEdit(ctx: TApplyContext, intent: TEditIntent): Promise<TApplyOutcome> {
  const { tx } = ctx;
  const { instanceId, message: fields, editMessageId, editedAt } = intent;
  const resolved = await findOrCreateChat(ctx, instanceId, intent.chat);
  const existing = await tx.message.findUnique({ where: { instanceId_messageId: { instanceId, messageId: fields.messageId } } });
  const original: Message | null = existing ?? (await insertMessage(ctx, instanceId, resolved.chat.id, fields, { ...initialStatus(fields), editedAt }));
  if (!original) throw new Error(`message ${fields.messageId} neither found nor inserted`);

  const [edit] = await tx.messageEdit.createManyAndReturn({
    data: [{
      messageRowId: original.id, editMessageId, editedAt, newText: fields.text,
      previousText: existing ? existing.text : null, previousContent: toJson(existing ? (existing.content as Record<string, unknown> | null) : null),
    }],
    skipDuplicates: true,
  });
  const changes: TChangeDraft[] = [];
  if (!edit) {
    const saved = await saveChat(ctx, resolved.chat, resolved.patch);
    if (saved.changed || resolved.created) changes.push({ kind: "chat:upserted", payload: chatToDto(saved.chat) });
    return { duplicate: true, changes };
  }

  let row = original;
  if (existing && (existing.editedAt === null || existing.editedAt <= editedAt)) {
    const replaces = FILLABLE_KINDS.has(existing.kind);
    const kind = replaces ? fields.kind : existing.kind;
    const content = replaces ? fields.content : mergeEditedContent(existing.content, fields.content);
    row = await tx.message.update({
      where: { id: existing.id },
      data: { kind, content: toJson(content), text: contentText(kind, content) ?? fields.text, editedAt },
    });
  }
  const saved = await saveChat(ctx, resolved.chat, { ...resolved.patch, ...chatBump(resolved.chat, row, { countUnread: !existing }) });
  if (saved.changed || resolved.created) changes.push({ kind: "chat:upserted", payload: chatToDto(saved.chat) });
  if (row !== original || !existing) changes.push({ kind: "message:upserted", payload: messageToDto(row) });
  return { duplicate: false, changes };
}
