import type { TZapiReceivedCallback } from "@/lib/schemas/zapi";
import { buildChatRef } from "./build-chat-ref";
import { extractContent } from "./extract-content";
import type { TChatRef, TIntent, TMessageFields } from "./intent";
import { normaliseMoment } from "./normalise-moment";
import { resolveEventTime } from "./resolve-event-time";

function nonEmpty(value: string | null | undefined): string | null {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

function chatOf(body: TZapiReceivedCallback): TChatRef {
  const ref = buildChatRef(body.phone, { chatLid: body.chatLid, isGroup: body.isGroup, isNewsletter: body.isNewsletter, photoUrl: body.photo });
  // In groups `senderName` is the participant, never the chat; in a private chat the contact's push name is
  // the best title we have when `chatName` is missing, but only when the contact wrote the message.
  const fallback = ref.kind === "private" && !body.fromMe ? nonEmpty(body.senderName) : null;
  return { ...ref, name: nonEmpty(body.chatName) ?? fallback };
}

/** Who sent it: the connected number for our own messages, the participant in groups, the chat otherwise. */
function senderOf(body: TZapiReceivedCallback, chat: TChatRef): { phone: string | null; lid: string | null } {
  if (body.fromMe) return { phone: nonEmpty(body.connectedPhone), lid: null };
  const participant = nonEmpty(body.participantPhone);
  if (participant !== null || chat.kind !== "private") {
    return { phone: participant, lid: nonEmpty(body.participantLid) ?? nonEmpty(body.senderLid) };
  }
  return { phone: chat.phone, lid: nonEmpty(body.senderLid) ?? chat.lid };
}

/** Notifications get their own id space: REVOKE and call events reuse real message ids (docs/zapi/EDGE_CASES.md 2, 3). */
function rowMessageId(body: TZapiReceivedCallback, notification: string | null, sentAt: Date): string {
  const id = nonEmpty(body.messageId);
  if (notification === null) return id ?? `m:${body.phone}:${sentAt.getTime()}`;
  return id !== null ? `n:${notification}:${id}` : `n:${notification}:${body.phone}:${sentAt.getTime()}`;
}

/** ReceivedCallback → message / edit / revoke / reaction intent. Pure. */
export function interpretReceived(body: TZapiReceivedCallback, receivedAt: Date): TIntent {
  const sentAt = resolveEventTime(body.momment ?? body.moment, receivedAt);
  const chat = chatOf(body);
  const sender = senderOf(body, chat);
  const instanceId = body.instanceId;

  if (body.reaction) {
    const r = body.reaction;
    const reactor = nonEmpty(r.reactionBy) ?? (body.fromMe ? nonEmpty(body.connectedPhone) : sender.phone) ?? "";
    const reactedAt = r.time != null ? new Date(normaliseMoment(r.time)) : sentAt;
    return { kind: "reaction", instanceId, targetMessageId: r.referencedMessage.messageId, reactor, value: r.value, reactedAt, fromMe: body.fromMe };
  }

  const extracted = extractContent(body);
  const notification = extracted.kind === "notification" ? (body.notification ?? null) : null;
  const isRevoke = notification === "REVOKE" && nonEmpty(body.messageId) !== null;
  const message: TMessageFields = {
    messageId: isRevoke ? (body.messageId as string) : rowMessageId(body, notification, sentAt),
    fromMe: body.fromMe,
    fromApi: body.fromApi ?? false,
    senderPhone: sender.phone,
    senderLid: sender.lid,
    senderName: nonEmpty(body.senderName),
    kind: extracted.kind,
    content: extracted.content,
    text: extracted.text,
    notification,
    replyToMessageId: nonEmpty(body.referenceMessageId),
    isForwarded: body.forwarded ?? false,
    isStatusReply: body.isStatusReply ?? false,
    sentAt,
  };

  if (isRevoke) {
    // The deleted message's content is unknown here; a placeholder keeps the deletion until it arrives.
    return { kind: "revoke", instanceId, chat, deletedAt: sentAt, message: { ...message, kind: "revoked", content: null, text: null, notification: null } };
  }
  if (body.isEdit === true && notification === null && nonEmpty(body.messageId) !== null) {
    const editMessageId = nonEmpty(body.editMessageId) ?? `${message.messageId}:edit:${sentAt.getTime()}`;
    return { kind: "edit", instanceId, chat, message, editMessageId, editedAt: sentAt };
  }
  return { kind: "message", instanceId, chat, message };
}
