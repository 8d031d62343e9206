import type { TChatKind } from "./classify-chat";

// What one webhook means, independent of how it is stored. interpretWebhook builds these (pure); the apply-*
// files write them.

/** Enough to find or create the chat row. */
export type TChatRef = {
  phone: string;
  /** The chat's LID (`…@lid`), from `chatLid` or from a LID `phone`. */
  lid: string | null;
  kind: TChatKind;
  name: string | null;
  photoUrl: string | null;
};

/** Columns of a message row as one event describes them. */
export type TMessageFields = {
  messageId: string;
  fromMe: boolean;
  fromApi: boolean;
  senderPhone: string | null;
  senderLid: string | null;
  senderName: string | null;
  kind: string;
  content: Record<string, unknown> | null;
  text: string | null;
  notification: string | null;
  replyToMessageId: string | null;
  isForwarded: boolean;
  isStatusReply: boolean;
  sentAt: Date;
};

export type TMessageIntent = { kind: "message"; instanceId: string; chat: TChatRef; message: TMessageFields };
export type TEditIntent = {
  kind: "edit";
  instanceId: string;
  chat: TChatRef;
  /** `messageId` is the original message's id; the fields are the edited content. */
  message: TMessageFields;
  editMessageId: string;
  editedAt: Date;
};
export type TRevokeIntent = {
  kind: "revoke";
  instanceId: string;
  chat: TChatRef;
  /** Placeholder used when the deleted message was never seen. */
  message: TMessageFields;
  deletedAt: Date;
};
export type TReactionIntent = {
  kind: "reaction";
  instanceId: string;
  targetMessageId: string;
  reactor: string;
  value: string;
  reactedAt: Date;
  fromMe: boolean;
};
export type TStatusIntent = {
  kind: "status";
  instanceId: string;
  status: string;
  ids: string[];
  participant: string;
  device: number | null;
  phone: string;
  at: Date;
};
export type TDeliveryIntent = {
  kind: "delivery";
  instanceId: string;
  chat: TChatRef;
  messageId: string;
  zaapId: string;
  error: string | null;
  errorCode: string | null;
  at: Date;
};
export type TConnectionIntent = {
  kind: "connection";
  instanceId: string;
  state: "connected" | "disconnected";
  at: Date;
  reason: string | null;
  phone: string | null;
  isBusiness: boolean | null;
};
export type TPresenceIntent = {
  kind: "presence";
  instanceId: string;
  chat: TChatRef;
  status: string;
  lastSeen: Date | null;
  at: Date;
};
/** Proves the instance is alive (ProxyCallback); `error` is its proxy failure, kept on the logged event (docs/zapi/SPEC.md §7.4). */
export type THeartbeatIntent = { kind: "heartbeat"; instanceId: string; error: string | null };

export type TIntent =
  | TMessageIntent
  | TEditIntent
  | TRevokeIntent
  | TReactionIntent
  | TStatusIntent
  | TDeliveryIntent
  | TConnectionIntent
  | TPresenceIntent
  | THeartbeatIntent;
