import type { Message } from "@/lib/generated/prisma/client";
import type { TApplyContext } from "./apply-context";
import type { TMessageFields } from "./intent";
import { MESSAGE_COLUMNS } from "./message-columns";
import { pendingStatusPatch } from "./pending-status-patch";

export type TMessageExtras = {
  status?: string | null;
  statusRank?: number;
  statusAt?: Date | null;
  deletedAt?: Date | null;
  editedAt?: Date | null;
};

/**
 * Our own message with no receipt yet is shown as SENT (rank 1, `statusAt` null = inferred): Z-API only
 * echoes messages WhatsApp already has. Incoming messages, notifications and placeholders have no status.
 */
export function initialStatus(fields: TMessageFields): TMessageExtras {
  if (!fields.fromMe || fields.kind === "notification") return {};
  return { status: "SENT", statusRank: 1, statusAt: null };
}

type TInserted = Message & { hasTransitions: boolean };

/**
 * Inserts the message unless (instance, messageId) exists — then returns null and writes nothing. A new row
 * immediately takes any receipts stored before it arrived (status before message). Raw SQL so the insert and
 * the "any receipts waiting?" probe are one round trip: this is the hottest statement of the normaliser.
 */
export async function insertMessage(ctx: TApplyContext, instanceId: string, chatId: string, f: TMessageFields, extras: TMessageExtras): Promise<Message | null> {
  const { tx } = ctx;
  const content = f.content === null ? null : JSON.stringify(f.content);
  const rows = await tx.$queryRaw<TInserted[]>`
    WITH ins AS (
      INSERT INTO message (instance_id, message_id, chat_id, from_me, from_api, sender_phone, sender_lid, sender_name, kind,
        content, text, notification, reply_to_message_id, is_forwarded, is_status_reply, sent_at, status, status_rank,
        status_at, deleted_at, edited_at, first_raw_event_id, updated_at)
      VALUES (${instanceId}, ${f.messageId}, ${chatId}::uuid, ${f.fromMe}, ${f.fromApi}, ${f.senderPhone}, ${f.senderLid},
        ${f.senderName}, ${f.kind}, ${content}::jsonb, ${f.text}, ${f.notification}, ${f.replyToMessageId}, ${f.isForwarded},
        ${f.isStatusReply}, ${f.sentAt}::timestamptz, ${extras.status ?? null}, ${extras.statusRank ?? 0},
        ${extras.statusAt ?? null}::timestamptz, ${extras.deletedAt ?? null}::timestamptz, ${extras.editedAt ?? null}::timestamptz,
        ${ctx.rawEventId}, now())
      ON CONFLICT (instance_id, message_id) DO NOTHING
      RETURNING ${MESSAGE_COLUMNS})
    SELECT ins.*, EXISTS (SELECT 1 FROM status_transition st WHERE st.instance_id = ${instanceId} AND st.message_id = ${f.messageId}) AS "hasTransitions"
      FROM ins`;
  const inserted = rows[0];
  if (!inserted) return null;
  const { hasTransitions, ...row } = inserted;
  if (!hasTransitions) return row;
  const transitions = await tx.statusTransition.findMany({ where: { instanceId, messageId: f.messageId }, select: { status: true, participant: true, at: true } });
  const patch = pendingStatusPatch(row, transitions);
  if (Object.keys(patch).length === 0) return row;
  return tx.message.update({ where: { id: row.id }, data: patch });
}
