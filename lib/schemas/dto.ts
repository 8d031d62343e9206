import { z } from "zod";

// What leaves the server (REST and Socket.IO). Isomorphic: no server imports. Every response and every socket
// payload is parsed through one of these, so a column added to a table never reaches a browser by accident.

const ZIso = z.string();

/** A Z-API instance as the dashboard sees it. */
export const ZInstanceDto = z.object({
  id: z.string(),
  name: z.string().nullable(),
  phone: z.string().nullable(),
  isBusiness: z.boolean().nullable(),
  state: z.enum(["unknown", "connected", "disconnected"]),
  stateChangedAt: ZIso.nullable(),
  disconnectReason: z.string().nullable(),
  lastEventAt: ZIso.nullable(),
  color: z.string().nullable(),
  archivedAt: ZIso.nullable(),
  simulated: z.boolean(),
});
export type TInstanceDto = z.infer<typeof ZInstanceDto>;

export const ZChatKind = z.enum(["private", "group", "channel", "broadcast", "status"]);

/** A conversation of one instance. */
export const ZChatDto = z.object({
  id: z.string(),
  instanceId: z.string(),
  phone: z.string(),
  chatLid: z.string().nullable(),
  kind: ZChatKind,
  name: z.string().nullable(),
  photoUrl: z.string().nullable(),
  lastMessageAt: ZIso.nullable(),
  lastMessagePreview: z.string().nullable(),
  unreadCount: z.number().int(),
});
export type TChatDto = z.infer<typeof ZChatDto>;

/** A message (or a system notification shown in a chat). */
export const ZMessageDto = z.object({
  id: z.string(),
  instanceId: z.string(),
  messageId: z.string(),
  chatId: z.string(),
  fromMe: z.boolean(),
  fromApi: z.boolean(),
  senderPhone: z.string().nullable(),
  senderName: z.string().nullable(),
  kind: z.string(),
  text: z.string().nullable(),
  content: z.unknown().nullable(),
  notification: z.string().nullable(),
  replyToMessageId: z.string().nullable(),
  isForwarded: z.boolean(),
  isStatusReply: z.boolean(),
  sentAt: ZIso,
  /** When Vigia stored it: the order of the live feed (lib/messages/list-recent-messages.ts), not sentAt. */
  createdAt: ZIso,
  status: z.string().nullable(),
  statusAt: ZIso.nullable(),
  readByMeAt: ZIso.nullable(),
  deletedAt: ZIso.nullable(),
  editedAt: ZIso.nullable(),
});
export type TMessageDto = z.infer<typeof ZMessageDto>;

/** One receipt for one message (after `ids[]` is expanded). */
export const ZStatusTransitionDto = z.object({
  instanceId: z.string(),
  messageId: z.string(),
  status: z.string(),
  participant: z.string().nullable(),
  device: z.number().int().nullable(),
  at: ZIso,
});
export type TStatusTransitionDto = z.infer<typeof ZStatusTransitionDto>;

export const ZEditDto = z.object({
  editMessageId: z.string(),
  previousText: z.string().nullable(),
  newText: z.string().nullable(),
  editedAt: ZIso,
});
export type TEditDto = z.infer<typeof ZEditDto>;

export const ZReactionDto = z.object({
  targetMessageId: z.string(),
  reactor: z.string(),
  value: z.string(),
  removed: z.boolean(),
  fromMe: z.boolean(),
  reactedAt: ZIso,
});
export type TReactionDto = z.infer<typeof ZReactionDto>;

export const ZDeliveryResultDto = z.object({
  messageId: z.string(),
  zaapId: z.string(),
  phone: z.string(),
  error: z.string().nullable(),
  errorCode: z.string().nullable(),
  at: ZIso,
});
export type TDeliveryResultDto = z.infer<typeof ZDeliveryResultDto>;

/** A message with everything known about it (GET /api/instances/{id}/messages/{messageId}). */
export const ZMessageDetailDto = ZMessageDto.extend({
  statusHistory: z.array(ZStatusTransitionDto),
  edits: z.array(ZEditDto),
  reactions: z.array(ZReactionDto),
  delivery: z.array(ZDeliveryResultDto),
});
export type TMessageDetailDto = z.infer<typeof ZMessageDetailDto>;

export const ZPresenceDto = z.object({
  chatId: z.string(),
  instanceId: z.string(),
  phone: z.string(),
  status: z.string(),
  lastSeen: ZIso.nullable(),
  updatedAt: ZIso,
});
export type TPresenceDto = z.infer<typeof ZPresenceDto>;

// "failed": the normaliser could not apply or record it (see its error); see lib/normaliser/normalise-batch.ts.
export const ZRawEventResult = z.enum(["pending", "ok", "unrecognized", "invalid", "failed"]);

/** A raw webhook as logged; the body only in the detailed form. */
export const ZRawEventDto = z.object({
  id: z.string(),
  receivedAt: ZIso,
  type: z.string().nullable(),
  instanceId: z.string().nullable(),
  result: ZRawEventResult,
  duplicate: z.boolean(),
  error: z.string().nullable(),
  processedAt: ZIso.nullable(),
});
export type TRawEventDto = z.infer<typeof ZRawEventDto>;

export const ZRawEventDetailDto = ZRawEventDto.extend({
  body: z.string(),
  bodyEncoding: z.enum(["utf8", "base64"]),
  headers: z.record(z.string(), z.string()),
});
export type TRawEventDetailDto = z.infer<typeof ZRawEventDetailDto>;

/** Everything the live view is told, in commit order. */
export const ZChangeDto = z.discriminatedUnion("kind", [
  z.object({ seq: z.number(), kind: z.literal("message:upserted"), payload: ZMessageDto }),
  z.object({ seq: z.number(), kind: z.literal("status:changed"), payload: ZStatusTransitionDto }),
  z.object({ seq: z.number(), kind: z.literal("chat:upserted"), payload: ZChatDto }),
  z.object({ seq: z.number(), kind: z.literal("instance:upserted"), payload: ZInstanceDto }),
  // Deleted with all its data (lib/instances/delete-instances.ts): the live view drops its rows.
  z.object({ seq: z.number(), kind: z.literal("instance:removed"), payload: z.object({ id: z.string() }) }),
  z.object({ seq: z.number(), kind: z.literal("presence:changed"), payload: ZPresenceDto }),
  z.object({ seq: z.number(), kind: z.literal("event:logged"), payload: ZRawEventDto }),
]);
export type TChangeDto = z.infer<typeof ZChangeDto>;
export type TChangeKind = TChangeDto["kind"];
/** A change before the outbox gives it a sequence number. */
export type TChangeDraft = TChangeDto extends infer C ? (C extends { seq: number } ? Omit<C, "seq"> : never) : never;

/** Cursor pages: `nextCursor` is null on the last page. */
export function ZPage<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
