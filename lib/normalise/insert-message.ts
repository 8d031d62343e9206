import type { Message } from "@/lib/generated/prisma/client";
import type { TApplyContext } from "./apply-context";
import type { TMessageFields } from "./intent";
import { pendingStatusPatch } from "./pending-status-patch";
import { toJson } from "./to-json";

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

/**
 * Inserts the message unless (instance, messageId) exists — then returns null and writes nothing. A new row
 * immediately takes any receipts stored before it arrived (status before message).
 */
export async function insertMessage(ctx: TApplyContext, instanceId: string, chatId: string, fields: TMessageFields, extras: TMessageExtras): Promise<Message | null> {
  const { tx } = ctx;
  const [row] = await tx.message.createManyAndReturn({
    data: [{ ...fields, ...extras, content: toJson(fields.content), instanceId, chatId, firstRawEventId: ctx.rawEventId }],
    skipDuplicates: true,
  });
  if (!row) return null;
  const transitions = await tx.statusTransition.findMany({ where: { instanceId, messageId: fields.messageId }, select: { status: true, at: true } });
  if (transitions.length === 0) return row;
  const patch = pendingStatusPatch(row, transitions);
  if (Object.keys(patch).length === 0) return row;
  return tx.message.update({ where: { id: row.id }, data: patch });
}
