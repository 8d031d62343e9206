import type { Chat, Instance, Message, Presence, Prisma } from "@/lib/generated/prisma/client";
import { Prisma as P } from "@/lib/generated/prisma/client";
import { CHAT_COLUMNS, messageKey, transitionKey, type TBatchState } from "./batch-state";
import type { TIntent } from "./intent";
import { MESSAGE_COLUMNS } from "./message-columns";
import { candidateKeys } from "./pick-same-contact";

/**
 * Reads, in one statement per table, every row the batch's events can read: the chats their references can
 * mean (same phone, or the LID as phone or as chatLid — lib/normaliser/find-or-create-chat.ts) and those of the messages
 * they name, the messages
 * they name and those messages' stored receipts and edits, the delivery results and connection events they
 * would repeat, the presence of those chats, the instances whose state a connection event moves.
 */
export async function loadBatchState(tx: Prisma.TransactionClient, intents: TIntent[]): Promise<TBatchState> {
  const chatPhones = { i: [] as string[], v: [] as string[] };
  const chatLids = { i: [] as string[], v: [] as string[] };
  const keys = new Map<string, [string, string]>();
  const deliveries = { i: [] as string[], m: [] as string[], z: [] as string[] };
  const connections = { i: [] as string[], k: [] as string[], at: [] as string[] };
  const connectionInstances = new Set<string>();
  const editTargets = new Set<string>();
  let presence = false;
  const name = (instanceId: string, messageId: string) => keys.set(messageKey(instanceId, messageId), [instanceId, messageId]);
  for (const intent of intents) {
    if ("chat" in intent) {
      // The same candidates as lib/normaliser/find-or-create-chat.ts (ninth-digit twin, LID as phone or as chatLid).
      const { phones, lids } = candidateKeys(intent.chat);
      for (const v of phones) {
        chatPhones.i.push(intent.instanceId);
        chatPhones.v.push(v);
      }
      for (const v of lids) {
        chatLids.i.push(intent.instanceId);
        chatLids.v.push(v);
      }
    }
    switch (intent.kind) {
      case "message":
      case "revoke":
        name(intent.instanceId, intent.message.messageId);
        break;
      case "edit":
        name(intent.instanceId, intent.message.messageId);
        editTargets.add(messageKey(intent.instanceId, intent.message.messageId));
        break;
      case "delivery":
        name(intent.instanceId, intent.messageId);
        deliveries.i.push(intent.instanceId);
        deliveries.m.push(intent.messageId);
        deliveries.z.push(intent.zaapId);
        break;
      case "status":
        for (const id of intent.ids) name(intent.instanceId, id);
        break;
      case "connection":
        connections.i.push(intent.instanceId);
        connections.k.push(intent.state);
        connections.at.push(intent.at.toISOString());
        connectionInstances.add(intent.instanceId);
        break;
      case "presence":
        presence = true;
        break;
      case "reaction":
      case "heartbeat":
        break;
    }
  }
  const keyInstances = [...keys.values()].map((k) => k[0]);
  const keyMessages = [...keys.values()].map((k) => k[1]);

  const [{ now } = { now: new Date() }] = await tx.$queryRaw<{ now: Date }[]>`SELECT now() AS now`;
  // Also the chats of the named messages: a receipt's recount reads the chat of its message. A UNION of joins,
  // not ORs, so that each part is an index lookup (chat_instance_id_phone_key, chat_instance_id_chat_lid_idx,
  // message_instance_id_message_id_key) rather than a scan of the whole table.
  const chats = chatPhones.i.length === 0 && keys.size === 0 ? [] : await tx.$queryRaw<Chat[]>`
    SELECT ${P.raw(CHAT_COLUMNS)} FROM chat WHERE id IN (
        SELECT c.id FROM unnest(${chatPhones.i}::text[], ${chatPhones.v}::text[]) AS u(i, v) JOIN chat c ON c.instance_id = u.i AND c.phone = u.v
        UNION SELECT c.id FROM unnest(${chatLids.i}::text[], ${chatLids.v}::text[]) AS u(i, v) JOIN chat c ON c.instance_id = u.i AND c.chat_lid = u.v
        UNION SELECT m.chat_id FROM unnest(${keyInstances}::text[], ${keyMessages}::text[]) AS u(i, v) JOIN message m ON m.instance_id = u.i AND m.message_id = u.v)
     ORDER BY created_at, id`;
  const messages = keys.size === 0 ? [] : await tx.$queryRaw<Message[]>`
    SELECT ${MESSAGE_COLUMNS} FROM message WHERE (instance_id, message_id) IN (SELECT * FROM unnest(${keyInstances}::text[], ${keyMessages}::text[]))`;
  const transitions = keys.size === 0 ? [] : await tx.$queryRaw<{ instanceId: string; messageId: string; status: string; participant: string; at: Date }[]>`
    SELECT instance_id AS "instanceId", message_id AS "messageId", status, participant, at FROM status_transition
     WHERE (instance_id, message_id) IN (SELECT * FROM unnest(${keyInstances}::text[], ${keyMessages}::text[])) ORDER BY id`;
  const editRows = messages.filter((m) => editTargets.has(messageKey(m.instanceId, m.messageId))).map((m) => m.id);
  const edits = editRows.length === 0 ? [] : await tx.$queryRaw<{ messageRowId: string; editMessageId: string }[]>`
    SELECT message_row_id AS "messageRowId", edit_message_id AS "editMessageId" FROM message_edit WHERE message_row_id = ANY(${editRows}::uuid[])`;
  const deliveryRows = deliveries.i.length === 0 ? [] : await tx.$queryRaw<{ instanceId: string; messageId: string; zaapId: string }[]>`
    SELECT instance_id AS "instanceId", message_id AS "messageId", zaap_id AS "zaapId" FROM delivery_result
     WHERE (instance_id, message_id, zaap_id) IN (SELECT * FROM unnest(${deliveries.i}::text[], ${deliveries.m}::text[], ${deliveries.z}::text[]))`;
  const connectionRows = connections.i.length === 0 ? [] : await tx.$queryRaw<{ instanceId: string; kind: string; at: Date }[]>`
    SELECT instance_id AS "instanceId", kind, at FROM connection_event
     WHERE (instance_id, kind, at) IN (SELECT * FROM unnest(${connections.i}::text[], ${connections.k}::text[], ${connections.at}::timestamptz[]))`;
  const instances = connectionInstances.size === 0 ? [] : await tx.$queryRaw<Instance[]>`
    SELECT id, name, phone, is_business AS "isBusiness", state, state_changed_at AS "stateChangedAt", disconnect_reason AS "disconnectReason",
           last_event_at AS "lastEventAt", color, archived_at AS "archivedAt", simulated, created_at AS "createdAt", updated_at AS "updatedAt"
      FROM instance WHERE id = ANY(${[...connectionInstances]}::text[])`;
  const presenceRows = !presence || chats.length === 0 ? [] : await tx.$queryRaw<Presence[]>`
    SELECT chat_id AS "chatId", status, last_seen AS "lastSeen", updated_at AS "updatedAt" FROM presence WHERE chat_id = ANY(${chats.map((c) => c.id)}::uuid[])`;

  const byKey = new Map<string, { status: string; participant: string; at: Date }[]>();
  for (const t of transitions) {
    const key = messageKey(t.instanceId, t.messageId);
    byKey.set(key, [...(byKey.get(key) ?? []), { status: t.status, participant: t.participant, at: t.at }]);
  }
  return {
    now,
    chats,
    newChats: new Set(),
    dirtyChats: new Set(),
    identityChats: new Set(),
    messages: new Map(messages.map((m) => [messageKey(m.instanceId, m.messageId), m])),
    newMessages: new Set(),
    dirtyMessages: new Set(),
    loadedMessageIds: new Set(messages.map((m) => m.id)),
    transitions: byKey,
    transitionKeys: new Set(transitions.map((t) => transitionKey(t.instanceId, t.messageId, t.status, t.participant))),
    newTransitions: [],
    editKeys: new Set(edits.map((e) => `${e.messageRowId}\u0000${e.editMessageId}`)),
    newEdits: [],
    deliveryKeys: new Set(deliveryRows.map((d) => `${d.instanceId}\u0000${d.messageId}\u0000${d.zaapId}`)),
    newDeliveries: [],
    connectionKeys: new Set(connectionRows.map((c) => `${c.instanceId}\u0000${c.kind}\u0000${c.at.getTime()}`)),
    newConnections: [],
    instances: new Map(instances.map((i) => [i.id, i])),
    dirtyInstances: new Set(),
    presence: new Map(presenceRows.map((p) => [p.chatId, p])),
    dirtyPresence: new Set(),
    unreadBase: new Map(),
  };
}
