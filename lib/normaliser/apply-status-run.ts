import { chatToDto } from "@/lib/dto/chat-to-dto";
import { messageToDto } from "@/lib/dto/message-to-dto";
import { statusTransitionToDto } from "@/lib/dto/status-transition-to-dto";
import type { Message, Prisma } from "@/lib/generated/prisma/client";
import type { TChangeDraft } from "@/lib/schemas/dto";
import type { TStatusIntent } from "./intent";
import { MESSAGE_COLUMNS } from "./message-columns";
import { receiptRank } from "@/lib/messages/receipt-rules";
import { recountUnreadOf } from "./recount-unread";

export type TStatusRunEvent = { rawEventId: bigint; intent: TStatusIntent };

type Key = string;
const keyOf = (instanceId: string, messageId: string): Key => `${instanceId}\u0000${messageId}`;

/**
 * Several status callbacks at once, with exactly the rules of lib/normaliser/apply-status.ts applied in the
 * events' order: one INSERT of every transition (the first of a repeated key inside the run is the one stored,
 * as one by one), one SELECT of the messages they name, the forward-only rules played in memory in order, one
 * UPDATE of the messages that moved, one recount of the chats whose reads moved. `duplicates[i]`: event i
 * stored no new transition.
 */
export async function applyStatusRun(tx: Prisma.TransactionClient, run: TStatusRunEvent[]): Promise<{ duplicates: boolean[]; changes: TChangeDraft[] }> {
  const firstOf = new Map<string, number>();
  const rows: { n: number; instance_id: string; message_id: string; status: string; participant: string; device: number | null; phone: string; at: string; raw_event_id: string }[] = [];
  run.forEach(({ rawEventId, intent }, n) => {
    for (const id of intent.ids) {
      const key = JSON.stringify([intent.instanceId, id, intent.status, intent.participant]);
      if (firstOf.has(key)) continue;
      firstOf.set(key, n);
      rows.push({
        n, instance_id: intent.instanceId, message_id: id, status: intent.status, participant: intent.participant, device: intent.device,
        phone: intent.phone, at: intent.at.toISOString(), raw_event_id: rawEventId.toString(),
      });
    }
  });
  const created = await tx.$queryRaw<{ instanceId: string; messageId: string; status: string; participant: string }[]>`
    INSERT INTO status_transition (instance_id, message_id, status, participant, device, phone, at, raw_event_id)
    SELECT instance_id, message_id, status, participant, device, phone, at, raw_event_id
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        AS u(n int, instance_id text, message_id text, status text, participant text, device int, phone text, at timestamptz, raw_event_id bigint)
     ORDER BY n
    ON CONFLICT (instance_id, message_id, status, participant) DO NOTHING
    RETURNING instance_id AS "instanceId", message_id AS "messageId", status, participant`;
  const createdIds: string[][] = run.map(() => []);
  for (const c of created) createdIds[firstOf.get(JSON.stringify([c.instanceId, c.messageId, c.status, c.participant])) as number]?.push(c.messageId);
  // Within an event, in the order of its ids (as the single-event path reports them).
  run.forEach(({ intent }, n) => {
    const made = new Set(createdIds[n]);
    createdIds[n] = intent.ids.filter((id) => made.has(id));
  });

  const changes: TChangeDraft[] = [];
  run.forEach(({ intent }, n) => {
    const { instanceId, status, participant, device, at } = intent;
    for (const messageId of createdIds[n] ?? []) {
      changes.push({ kind: "status:changed", payload: statusTransitionToDto({ instanceId, messageId, status, participant, device, at }) });
    }
  });

  const messages = await loadMessages(tx, run, createdIds);
  const moved = new Set<Message>();
  const readChats = new Set<string>();
  run.forEach(({ intent }, n) => {
    const rank = receiptRank(intent.status);
    for (const messageId of createdIds[n] ?? []) {
      const row = messages.get(keyOf(intent.instanceId, messageId));
      if (!row) continue;
      if (rank !== null) {
        if (row.fromMe && (row.statusRank < rank || (row.statusRank === rank && row.statusAt === null))) {
          Object.assign(row, { status: intent.status, statusRank: rank, statusAt: intent.at });
          moved.add(row);
        }
      } else if (intent.status === "READ_BY_ME") {
        if (row.readByMeAt === null || row.readByMeAt.getTime() > intent.at.getTime()) {
          row.readByMeAt = intent.at;
          moved.add(row);
          readChats.add(row.chatId);
        }
      }
    }
  });
  for (const row of await saveMessages(tx, [...moved])) changes.push({ kind: "message:upserted", payload: messageToDto(row) });
  for (const chat of await recountUnreadOf(tx, [...readChats])) changes.push({ kind: "chat:upserted", payload: chatToDto(chat) });
  return { duplicates: createdIds.map((ids) => ids.length === 0), changes };
}

async function loadMessages(tx: Prisma.TransactionClient, run: TStatusRunEvent[], createdIds: string[][]): Promise<Map<Key, Message>> {
  const instanceIds: string[] = [];
  const messageIds: string[] = [];
  run.forEach(({ intent }, n) => {
    for (const id of createdIds[n] ?? []) {
      instanceIds.push(intent.instanceId);
      messageIds.push(id);
    }
  });
  if (messageIds.length === 0) return new Map();
  const rows = await tx.$queryRaw<Message[]>`
    SELECT ${MESSAGE_COLUMNS} FROM message
     WHERE (instance_id, message_id) IN (SELECT * FROM unnest(${instanceIds}::text[], ${messageIds}::text[]))`;
  return new Map(rows.map((r) => [keyOf(r.instanceId, r.messageId), r]));
}

async function saveMessages(tx: Prisma.TransactionClient, rows: Message[]): Promise<Message[]> {
  if (rows.length === 0) return [];
  const values = rows.map((r) => ({
    row_id: r.id, new_status: r.status, new_rank: r.statusRank, new_status_at: r.statusAt?.toISOString() ?? null, new_read_at: r.readByMeAt?.toISOString() ?? null,
  }));
  // u's columns are named apart from message's: RETURNING lists message's unqualified.
  return tx.$queryRaw<Message[]>`
    UPDATE message SET status = u.new_status, status_rank = u.new_rank, status_at = u.new_status_at, read_by_me_at = u.new_read_at, updated_at = now()
      FROM jsonb_to_recordset(${JSON.stringify(values)}::jsonb) AS u(row_id uuid, new_status text, new_rank int, new_status_at timestamptz, new_read_at timestamptz)
     WHERE message.id = u.row_id
    RETURNING ${MESSAGE_COLUMNS}`;
}
