import type { Chat, Instance, Message, Presence } from "@/lib/generated/prisma/client";

/**
 * Everything a batch's events can read or write, loaded before they are played (lib/normaliser/load-batch-state.ts)
 * and written back after (lib/normaliser/save-batch-state.ts). The events are played against it in memory, in
 * arrival order, with the rules of the single-event path (lib/normaliser/apply-*.ts); what they create or change
 * is marked here, so the write-back is one statement per table whatever the batch's size.
 */
export type TBatchState = {
  /** The transaction's `now()`: what `created_at` / `updated_at` defaults would have been. */
  now: Date;
  /** Chats of the batch's instances that any event could mean, in load order, then created ones. */
  chats: Chat[];
  newChats: Set<Chat>;
  dirtyChats: Set<Chat>;
  /** Private chats created or given another phone or LID: their reactions are re-keyed (lib/normaliser/rekey-reactions.ts). */
  identityChats: Set<Chat>;
  /** By messageKey; absent = no such row (yet). */
  messages: Map<string, Message>;
  newMessages: Set<Message>;
  dirtyMessages: Set<Message>;
  /** Message rows that existed before the batch (their ids), for the unread recount's "untouched by the batch". */
  loadedMessageIds: Set<string>;
  /** By messageKey: every status transition stored for that message, and the transition keys taken. */
  transitions: Map<string, { status: string; participant: string; at: Date }[]>;
  transitionKeys: Set<string>;
  newTransitions: TNewTransition[];
  /** `messageRowId\0editMessageId` of stored edits. */
  editKeys: Set<string>;
  newEdits: TNewEdit[];
  /** `instance\0messageId\0zaapId` of stored delivery results. */
  deliveryKeys: Set<string>;
  newDeliveries: TNewDelivery[];
  /** `instance\0kind\0at(ms)` of stored connection events. */
  connectionKeys: Set<string>;
  newConnections: TNewConnection[];
  instances: Map<string, Instance>;
  dirtyInstances: Set<Instance>;
  /** By chat id. */
  presence: Map<string, Presence>;
  dirtyPresence: Set<Presence>;
  /** Per chat that existed before the batch, once asked: what its rows untouched by the batch say about unread. */
  unreadBase: Map<string, TUnreadBase>;
};

export type TNewTransition = { instanceId: string; messageId: string; status: string; participant: string; device: number | null; phone: string; at: Date; rawEventId: bigint };
export type TNewEdit = { messageRowId: string; editMessageId: string; editedAt: Date; newText: string | null; previousText: string | null; previousContent: unknown };
export type TNewDelivery = { instanceId: string; messageId: string; zaapId: string; phone: string; error: string | null; errorCode: string | null; at: Date; rawEventId: bigint };
export type TNewConnection = { id: string; instanceId: string; kind: string; reason: string | null; at: Date; rawEventId: bigint };
/** `maxReadAt`: newest sent_at of a read row; `unread`: sent_at (ms) of the countable unread rows newer than it. */
export type TUnreadBase = { maxReadAt: number | null; unread: number[] };

export const messageKey = (instanceId: string, messageId: string): string => `${instanceId}\u0000${messageId}`;
export const transitionKey = (instanceId: string, messageId: string, status: string, participant: string): string =>
  `${instanceId}\u0000${messageId}\u0000${status}\u0000${participant}`;

/** SELECT / RETURNING list that gives raw SQL the shape of Prisma's `Chat`. */
export const CHAT_COLUMNS = `id, instance_id AS "instanceId", phone, chat_lid AS "chatLid", kind, name, photo_url AS "photoUrl",
  last_message_at AS "lastMessageAt", last_message_preview AS "lastMessagePreview", unread_count AS "unreadCount",
  created_at AS "createdAt", updated_at AS "updatedAt"`;
