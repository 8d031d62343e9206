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
  /** When it was flagged stuck at "sent" or queued (lib/messages/mark-stuck-messages.ts); null or absent when not. */
  stuckAt: ZIso.nullable().optional(),
  /** Why Z-API could not send it (its DeliveryCallback `error` / `errorCode`); set only while status is FAILED. */
  failure: z.object({ error: z.string().nullable(), errorCode: z.string().nullable() }).nullable().optional(),
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

/** One step of a message's life (lib/messages/build-message-timeline.ts). `at` null: not reached, or reached with no time known. */
export const ZTimelineStep = z.object({
  step: z.enum(["queued", "handed", "failed", "sent", "delivered", "read", "played", "received", "readByMe", "edited", "deleted"]),
  reached: z.boolean(),
  at: ZIso.nullable(),
  /** Milliseconds since the previous status step that has a time; null for the first or when unknown. */
  sincePreviousMs: z.number().nullable(),
  zaapId: z.string().nullable().optional(),
  error: z.string().nullable().optional(),
  errorCode: z.string().nullable().optional(),
  /** In groups: how many members reported this step (received / read / played). */
  count: z.number().int().optional(),
  text: z.string().nullable().optional(),
});
export type TTimelineStep = z.infer<typeof ZTimelineStep>;

/** A group member's receipts for one message; null: not (yet) reported. */
export const ZParticipantReceipts = z.object({
  participant: z.string(),
  receivedAt: ZIso.nullable(),
  readAt: ZIso.nullable(),
  playedAt: ZIso.nullable(),
});

/** One stored callback of the raw history; `late`: it arrived after a further step and moved nothing. */
export const ZTimelineRaw = ZStatusTransitionDto.extend({ late: z.boolean(), arrivedAt: ZIso });

export const ZMessageTimeline = z.object({
  direction: z.enum(["outgoing", "incoming"]),
  isGroup: z.boolean(),
  steps: z.array(ZTimelineStep),
  /** Groups: every member that sent a receipt. Members that never did are unknown to Vigia (no member list). */
  participants: z.array(ZParticipantReceipts),
  /** Whether the group's member list is known; when not, the message's ticks stay at "sent" (lib/messages/receipt-rules.ts). */
  participantsKnown: z.boolean(),
  raw: z.array(ZTimelineRaw),
});
export type TMessageTimeline = z.infer<typeof ZMessageTimeline>;

/** A message with everything known about it (GET /api/instances/{id}/messages/{messageId}). */
export const ZMessageDetailDto = ZMessageDto.extend({
  statusHistory: z.array(ZStatusTransitionDto),
  edits: z.array(ZEditDto),
  reactions: z.array(ZReactionDto),
  delivery: z.array(ZDeliveryResultDto),
  timeline: ZMessageTimeline,
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

/**
 * Messages of one instance that became stuck or stopped being stuck in one check (lib/messages/mark-stuck-messages.ts),
 * and how many are stuck there now: the signal connection health alerts read.
 */
export const ZStuckChangedDto = z.object({
  instanceId: z.string(),
  flagged: z.array(z.string()),
  cleared: z.array(z.string()),
  stuckNow: z.number().int(),
  at: ZIso,
});
export type TStuckChangedDto = z.infer<typeof ZStuckChangedDto>;

/**
 * Whether an instance's Z-API credentials are stored (lib/instances/zapi-credential-status.ts), and what the
 * last status poll said. The tokens themselves are write-only: no DTO carries them.
 */
export const ZZapiCredentialStatusDto = z.object({
  configured: z.boolean(),
  apiBase: z.string().nullable(),
  hasClientToken: z.boolean(),
  updatedAt: ZIso.nullable(),
  polledAt: ZIso.nullable(),
  polledConnected: z.boolean().nullable(),
  polledError: z.string().nullable(),
});
export type TZapiCredentialStatusDto = z.infer<typeof ZZapiCredentialStatusDto>;

/** An outage of one instance (or, with instanceId null, of the whole installation), lib/incidents/. */
export const ZIncidentDto = z.object({
  id: z.string(),
  instanceId: z.string().nullable(),
  kind: z.enum(["disconnected", "silent", "no_webhooks"]),
  startedAt: ZIso,
  endedAt: ZIso.nullable(),
  reason: z.string().nullable(),
});
export type TIncidentDto = z.infer<typeof ZIncidentDto>;

/** One alert message to one channel and what became of it (lib/alerts/). */
export const ZAlertDeliveryDto = z.object({
  id: z.string(),
  incidentId: z.string().nullable(),
  channelId: z.string(),
  purpose: z.enum(["opened", "reminder", "recovered", "test"]),
  status: z.enum(["pending", "sending", "sent", "failed", "suppressed"]),
  attempts: z.number(),
  sentAt: ZIso.nullable(),
  lastError: z.string().nullable(),
});
export type TAlertDeliveryDto = z.infer<typeof ZAlertDeliveryDto>;

/** An alert channel as a browser sees it: what it is and where it goes, never its secrets (lib/alerts/channel-to-dto.ts). */
export const ZAlertChannelDto = z.object({
  id: z.string(),
  kind: z.enum(["slack", "telegram", "webhook", "email", "whatsapp", "push"]),
  name: z.string(),
  instanceId: z.string().nullable(),
  enabled: z.boolean(),
  /** Where it goes, without secrets: a URL's host, a chat id, an address, a number. */
  target: z.string(),
  lastDelivery: z.object({ status: z.string(), at: ZIso, error: z.string().nullable() }).nullable(),
});
export type TAlertChannelDto = z.infer<typeof ZAlertChannelDto>;

/** The alert policy of the installation (scope "global") or of one instance; null fields inherit. */
export const ZAlertPolicyDto = z.object({
  scope: z.string(),
  delaySeconds: z.number().int().min(0).max(86_400).nullable(),
  reminderMinutes: z.number().int().min(0).max(10_080).nullable(),
  sendRecovery: z.boolean().nullable(),
  snoozedUntil: ZIso.nullable(),
  quietStart: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).nullable(),
  quietEnd: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).nullable(),
  timeZone: z.string().max(64).nullable(),
  language: z.enum(["pt-BR", "en"]).nullable(),
  silenceMinutes: z.number().int().min(1).max(10_080).nullable(),
});
export type TAlertPolicyDto = z.infer<typeof ZAlertPolicyDto>;

export const ZMaintenanceWindowDto = z.object({ id: z.string(), instanceId: z.string().nullable(), startsAt: ZIso, endsAt: ZIso, note: z.string().nullable() });
export type TMaintenanceWindowDto = z.infer<typeof ZMaintenanceWindowDto>;

/** Everything the live view is told, in commit order. */
export const ZChangeDto = z.discriminatedUnion("kind", [
  z.object({ seq: z.number(), kind: z.literal("message:upserted"), payload: ZMessageDto }),
  // The reactions standing on one message now (lib/normaliser/reaction-chips-of.ts).
  z.object({
    seq: z.number(),
    kind: z.literal("reaction:changed"),
    payload: z.object({ instanceId: z.string(), messageId: z.string(), chips: z.array(z.object({ value: z.string(), count: z.number(), mine: z.boolean() })) }),
  }),
  // A user opened a chat in Vigia (lib/chats/mark-chat-opened.ts): their badge for it restarts from here.
  z.object({ seq: z.number(), kind: z.literal("chat:opened"), payload: z.object({ userId: z.string(), chatId: z.string(), openedAt: ZIso, unreadBase: z.number() }) }),
  z.object({ seq: z.number(), kind: z.literal("status:changed"), payload: ZStatusTransitionDto }),
  z.object({ seq: z.number(), kind: z.literal("chat:upserted"), payload: ZChatDto }),
  // Merged into another chat of the same person (lib/normaliser/merge-chats.ts): the live view drops it.
  z.object({ seq: z.number(), kind: z.literal("chat:removed"), payload: z.object({ id: z.string(), instanceId: z.string(), mergedInto: z.string() }) }),
  z.object({ seq: z.number(), kind: z.literal("instance:upserted"), payload: ZInstanceDto }),
  // Deleted with all its data (lib/instances/delete-instances.ts): the live view drops its rows.
  z.object({ seq: z.number(), kind: z.literal("instance:removed"), payload: z.object({ id: z.string() }) }),
  z.object({ seq: z.number(), kind: z.literal("presence:changed"), payload: ZPresenceDto }),
  z.object({ seq: z.number(), kind: z.literal("event:logged"), payload: ZRawEventDto }),
  z.object({ seq: z.number(), kind: z.literal("stuck:changed"), payload: ZStuckChangedDto }),

  z.object({ seq: z.number(), kind: z.literal("incident:upserted"), payload: ZIncidentDto }),
  z.object({ seq: z.number(), kind: z.literal("alert:delivered"), payload: ZAlertDeliveryDto }),
]);
export type TChangeDto = z.infer<typeof ZChangeDto>;
export type TChangeKind = TChangeDto["kind"];
/** A change before the outbox gives it a sequence number. */
export type TChangeDraft = TChangeDto extends infer C ? (C extends { seq: number } ? Omit<C, "seq"> : never) : never;

/** Cursor pages: `nextCursor` is null on the last page. */
export function ZPage<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
