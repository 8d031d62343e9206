import type { Prisma } from "@/lib/generated/prisma/client";
import type { TBatchState } from "./batch-state";
import { rekeyReactions } from "./rekey-reactions";

const iso = (d: Date | null) => (d === null ? null : d.toISOString());
const json = (rows: unknown[]) => JSON.stringify(rows);

// Every UPDATE … FROM jsonb_to_recordset also names its rows with `id = ANY(array)`: the planner estimates a
// function scan at 100 rows whatever it holds, so on a table of a few thousand rows it hashed the JSON and read
// the whole table (bench: ~200 message rows read per webhook at the steady rate); an array's length it knows,
// and the rows are found by their primary key. lib/normaliser/normalise-batch.ts's markProcessed does the same.

/**
 * Writes what the batch's events created or changed (lib/normaliser/batch-state.ts): one statement per table and
 * kind of write, rows as JSON (`jsonb_to_recordset`), parents before children. Rows hold their final values;
 * nothing else writes these tables while the normaliser holds its lock. Any refusal aborts the whole batch,
 * which lib/normaliser/normalise-batch.ts then redoes event by event.
 */
export async function saveBatchState(tx: Prisma.TransactionClient, s: TBatchState): Promise<void> {
  const now = s.now.toISOString();
  if (s.newChats.size > 0) {
    const rows = [...s.newChats].map((c) => ({
      id: c.id, instance_id: c.instanceId, phone: c.phone, chat_lid: c.chatLid, kind: c.kind, name: c.name, photo_url: c.photoUrl,
      last_message_at: iso(c.lastMessageAt), last_message_preview: c.lastMessagePreview, unread_count: c.unreadCount,
    }));
    await tx.$executeRaw`
      INSERT INTO chat (id, instance_id, phone, chat_lid, kind, name, photo_url, last_message_at, last_message_preview, unread_count, created_at, updated_at)
      SELECT id, instance_id, phone, chat_lid, kind, name, photo_url, last_message_at, last_message_preview, unread_count, ${now}::timestamptz, ${now}::timestamptz
        FROM jsonb_to_recordset(${json(rows)}::jsonb) AS u(id uuid, instance_id text, phone text, chat_lid text, kind text, name text,
             photo_url text, last_message_at timestamptz, last_message_preview text, unread_count int)`;
  }
  if (s.dirtyChats.size > 0) {
    const rows = [...s.dirtyChats].map((c) => ({
      row_id: c.id, new_phone: c.phone, new_lid: c.chatLid, new_name: c.name, new_photo: c.photoUrl, new_last_at: iso(c.lastMessageAt),
      new_preview: c.lastMessagePreview, new_unread: c.unreadCount,
    }));
    await tx.$executeRaw`
      UPDATE chat SET phone = u.new_phone, chat_lid = u.new_lid, name = u.new_name, photo_url = u.new_photo, last_message_at = u.new_last_at,
             last_message_preview = u.new_preview, unread_count = u.new_unread, updated_at = ${now}::timestamptz
        FROM jsonb_to_recordset(${json(rows)}::jsonb) AS u(row_id uuid, new_phone text, new_lid text, new_name text, new_photo text,
             new_last_at timestamptz, new_preview text, new_unread int)
       WHERE chat.id = u.row_id AND chat.id = ANY(${rows.map((r) => r.row_id)}::uuid[])`;
  }
  const messageRow = (m: TBatchState["newMessages"] extends Set<infer M> ? M : never) => ({
    id: m.id, instance_id: m.instanceId, message_id: m.messageId, chat_id: m.chatId, from_me: m.fromMe, from_api: m.fromApi,
    sender_phone: m.senderPhone, sender_lid: m.senderLid, sender_name: m.senderName, kind: m.kind, content: m.content ?? null, text: m.text,
    notification: m.notification, reply_to_message_id: m.replyToMessageId, is_forwarded: m.isForwarded, is_status_reply: m.isStatusReply,
    sent_at: iso(m.sentAt), status: m.status, status_rank: m.statusRank, status_at: iso(m.statusAt), read_by_me_at: iso(m.readByMeAt),
    deleted_at: iso(m.deletedAt), edited_at: iso(m.editedAt), first_raw_event_id: m.firstRawEventId?.toString() ?? null,
  });
  if (s.newMessages.size > 0) {
    await tx.$executeRaw`
      INSERT INTO message (id, instance_id, message_id, chat_id, from_me, from_api, sender_phone, sender_lid, sender_name, kind, content, text,
             notification, reply_to_message_id, is_forwarded, is_status_reply, sent_at, status, status_rank, status_at, read_by_me_at, deleted_at,
             edited_at, first_raw_event_id, created_at, updated_at)
      SELECT id, instance_id, message_id, chat_id, from_me, from_api, sender_phone, sender_lid, sender_name, kind, NULLIF(content, 'null'::jsonb), text,
             notification, reply_to_message_id, is_forwarded, is_status_reply, sent_at, status, status_rank, status_at, read_by_me_at, deleted_at,
             edited_at, first_raw_event_id, ${now}::timestamptz, ${now}::timestamptz
        FROM jsonb_to_recordset(${json([...s.newMessages].map(messageRow))}::jsonb) AS u(id uuid, instance_id text, message_id text, chat_id uuid,
             from_me boolean, from_api boolean, sender_phone text, sender_lid text, sender_name text, kind text, content jsonb, text text,
             notification text, reply_to_message_id text, is_forwarded boolean, is_status_reply boolean, sent_at timestamptz, status text,
             status_rank int, status_at timestamptz, read_by_me_at timestamptz, deleted_at timestamptz, edited_at timestamptz, first_raw_event_id bigint)`;
  }
  if (s.dirtyMessages.size > 0) {
    // u's columns are prefixed so that they never shadow message's.
    await tx.$executeRaw`
      UPDATE message SET chat_id = u.u_chat_id, from_me = u.u_from_me, from_api = u.u_from_api, sender_phone = u.u_sender_phone,
             sender_lid = u.u_sender_lid, sender_name = u.u_sender_name, kind = u.u_kind, content = NULLIF(u.u_content, 'null'::jsonb), text = u.u_text,
             notification = u.u_notification, reply_to_message_id = u.u_reply_to_message_id, is_forwarded = u.u_is_forwarded,
             is_status_reply = u.u_is_status_reply, sent_at = u.u_sent_at, status = u.u_status, status_rank = u.u_status_rank,
             status_at = u.u_status_at, read_by_me_at = u.u_read_by_me_at, deleted_at = u.u_deleted_at, edited_at = u.u_edited_at,
             updated_at = ${now}::timestamptz
        FROM jsonb_to_recordset(${json([...s.dirtyMessages].map((m) => Object.fromEntries(Object.entries(messageRow(m)).map(([k, v]) => [`u_${k}`, v]))))}::jsonb)
          AS u(u_id uuid, u_chat_id uuid, u_from_me boolean, u_from_api boolean, u_sender_phone text, u_sender_lid text, u_sender_name text,
               u_kind text, u_content jsonb, u_text text, u_notification text, u_reply_to_message_id text, u_is_forwarded boolean,
               u_is_status_reply boolean, u_sent_at timestamptz, u_status text, u_status_rank int, u_status_at timestamptz,
               u_read_by_me_at timestamptz, u_deleted_at timestamptz, u_edited_at timestamptz)
       WHERE message.id = u.u_id AND message.id = ANY(${[...s.dirtyMessages].map((m) => m.id)}::uuid[])`;
  }
  if (s.newTransitions.length > 0) {
    const rows = s.newTransitions.map((t, n) => ({
      n, instance_id: t.instanceId, message_id: t.messageId, status: t.status, participant: t.participant, device: t.device, phone: t.phone,
      at: iso(t.at), raw_event_id: t.rawEventId.toString(),
    }));
    await tx.$executeRaw`
      INSERT INTO status_transition (instance_id, message_id, status, participant, device, phone, at, raw_event_id)
      SELECT instance_id, message_id, status, participant, device, phone, at, raw_event_id
        FROM jsonb_to_recordset(${json(rows)}::jsonb)
          AS u(n int, instance_id text, message_id text, status text, participant text, device int, phone text, at timestamptz, raw_event_id bigint)
       ORDER BY n`;
  }
  if (s.newEdits.length > 0) {
    const rows = s.newEdits.map((e) => ({
      message_row_id: e.messageRowId, edit_message_id: e.editMessageId, edited_at: iso(e.editedAt), new_text: e.newText,
      previous_text: e.previousText, previous_content: e.previousContent,
    }));
    await tx.$executeRaw`
      INSERT INTO message_edit (message_row_id, edit_message_id, edited_at, new_text, previous_text, previous_content)
      SELECT message_row_id, edit_message_id, edited_at, new_text, previous_text, NULLIF(previous_content, 'null'::jsonb)
        FROM jsonb_to_recordset(${json(rows)}::jsonb)
          AS u(message_row_id uuid, edit_message_id text, edited_at timestamptz, new_text text, previous_text text, previous_content jsonb)`;
  }
  if (s.newDeliveries.length > 0) {
    const rows = s.newDeliveries.map((d) => ({
      instance_id: d.instanceId, message_id: d.messageId, zaap_id: d.zaapId, phone: d.phone, error: d.error, error_code: d.errorCode,
      at: iso(d.at), raw_event_id: d.rawEventId.toString(),
    }));
    await tx.$executeRaw`
      INSERT INTO delivery_result (instance_id, message_id, zaap_id, phone, error, error_code, at, raw_event_id)
      SELECT instance_id, message_id, zaap_id, phone, error, error_code, at, raw_event_id
        FROM jsonb_to_recordset(${json(rows)}::jsonb)
          AS u(instance_id text, message_id text, zaap_id text, phone text, error text, error_code text, at timestamptz, raw_event_id bigint)`;
  }
  if (s.newConnections.length > 0) {
    const rows = s.newConnections.map((c) => ({ id: c.id, instance_id: c.instanceId, kind: c.kind, reason: c.reason, at: iso(c.at), raw_event_id: c.rawEventId.toString() }));
    await tx.$executeRaw`
      INSERT INTO connection_event (id, instance_id, kind, reason, at, raw_event_id)
      SELECT id, instance_id, kind, reason, at, raw_event_id
        FROM jsonb_to_recordset(${json(rows)}::jsonb) AS u(id uuid, instance_id text, kind text, reason text, at timestamptz, raw_event_id bigint)`;
  }
  if (s.dirtyPresence.size > 0) {
    const rows = [...s.dirtyPresence].map((p) => ({ chat_id: p.chatId, status: p.status, last_seen: iso(p.lastSeen), updated_at: iso(p.updatedAt) }));
    await tx.$executeRaw`
      INSERT INTO presence (chat_id, status, last_seen, updated_at)
      SELECT chat_id, status, last_seen, updated_at FROM jsonb_to_recordset(${json(rows)}::jsonb) AS u(chat_id uuid, status text, last_seen timestamptz, updated_at timestamptz)
      ON CONFLICT (chat_id) DO UPDATE SET status = EXCLUDED.status, last_seen = EXCLUDED.last_seen, updated_at = EXCLUDED.updated_at`;
  }
  if (s.dirtyInstances.size > 0) {
    const rows = [...s.dirtyInstances].map((i) => ({
      row_id: i.id, new_state: i.state, new_changed_at: iso(i.stateChangedAt), new_reason: i.disconnectReason, new_phone: i.phone, new_business: i.isBusiness,
    }));
    await tx.$executeRaw`
      UPDATE instance SET state = u.new_state, state_changed_at = u.new_changed_at, disconnect_reason = u.new_reason, phone = u.new_phone,
             is_business = u.new_business, updated_at = ${now}::timestamptz
        FROM jsonb_to_recordset(${json(rows)}::jsonb) AS u(row_id text, new_state text, new_changed_at timestamptz, new_reason text, new_phone text, new_business boolean)
       WHERE instance.id = u.row_id AND instance.id = ANY(${rows.map((r) => r.row_id)}::text[])`;
  }
  // After the chats: the reactions of people whose identifiers changed move to their key.
  await rekeyReactions(tx, [...s.identityChats]);
}
