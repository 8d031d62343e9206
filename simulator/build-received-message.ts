import { cloneFixture, nested, patch, type Overrides } from "./clone-fixture";
import type { Rng } from "./create-rng";
import type { Fixtures, FixtureName } from "./load-fixtures";
import type { Json, JsonObject, SimChat, SimInstance, SimPerson } from "./traffic-types";

export type MessageKind = "text" | "image" | "audio" | "video" | "document" | "sticker";

/** Fixture cloned for each content kind: [private chat, group]; captured shapes where we have them. */
const TEMPLATES: Record<MessageKind, [FixtureName, FixtureName]> = {
  text: ["received-text-fromme-phone-captured", "received-group-text-captured"],
  image: ["received-image", "received-image-group-captured"],
  audio: ["received-audio-private-captured", "received-audio-private-captured"],
  video: ["received-video", "received-video"],
  document: ["received-document", "received-document-group-captured"],
  sticker: ["received-sticker-captured", "received-sticker-captured"],
};

export type ReceivedContext = { fixtures: Fixtures; rng: Rng; instance: SimInstance; chat: SimChat };

export type Envelope = {
  messageId: string;
  momment: number;
  /** null = the connected number itself (fromMe). */
  sender: SimPerson | null;
  fromApi?: boolean;
  referenceMessageId?: string | null;
};

/** The envelope fields that place a cloned ReceivedCallback in `chat`, sent by `sender`. */
export function placeInChat(ctx: ReceivedContext, fixture: JsonObject, env: Envelope): Overrides {
  const { instance, chat } = ctx;
  const from = env.sender ?? instance.me;
  const group = chat.kind === "group";
  const overrides: Overrides = {
    instanceId: instance.instanceId,
    messageId: env.messageId,
    phone: chat.phone,
    connectedPhone: instance.me.phone,
    fromMe: env.sender === null,
    fromApi: env.fromApi ?? false,
    momment: env.momment,
    isGroup: group,
    chatName: group ? chat.name : chat.contact.name,
    senderName: from.name,
    // Real private-chat payloads omit participantPhone; doc-shaped ones print null. Keep each shape.
    participantPhone: group ? from.phone : "participantPhone" in fixture ? null : undefined,
    participantLid: group ? from.lid : null,
  };
  if ("chatLid" in fixture) overrides.chatLid = group ? null : chat.contact.lid;
  if ("senderLid" in fixture) overrides.senderLid = from.lid;
  if (env.referenceMessageId !== undefined) overrides.referenceMessageId = env.referenceMessageId;
  return overrides;
}

/** A ReceivedCallback carrying a message of `kind`; `content` patches the content object (`text`, `image`, …). */
export function buildReceivedMessage(ctx: ReceivedContext, kind: MessageKind, env: Envelope, content: Overrides): JsonObject {
  const name = TEMPLATES[kind][ctx.chat.kind === "group" ? 1 : 0];
  const fixture = ctx.fixtures.get(name) ?? {};
  const body = cloneFixture(ctx.fixtures, name, placeInChat(ctx, fixture, env));
  return { ...body, [kind]: patch(nested(body, kind), content) };
}

/** An edit: same messageId as the original, `editMessageId` = the id WhatsApp gave the edit (docs/zapi/SPEC.md §6.3). */
export function buildEdit(ctx: ReceivedContext, env: Envelope, editMessageId: string, text: string): JsonObject {
  const message = buildReceivedMessage(ctx, "text", env, { message: text });
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(message)) {
    out[key] = key === "isEdit" ? true : value;
    if (key === "messageId") out.editMessageId = editMessageId;
  }
  return out;
}

/** A reaction to `target` (value "" removes it); reactions get their own messageId. */
export function buildReaction(
  ctx: ReceivedContext,
  env: Envelope,
  value: string,
  target: { messageId: string; fromMe: boolean; sender: SimPerson | null },
): JsonObject {
  const group = ctx.chat.kind === "group";
  const name: FixtureName = value === "" && group ? "received-reaction-removed-captured" : group ? "received-reaction-lid-captured" : "received-reaction";
  const fixture = ctx.fixtures.get(name) ?? {};
  const body = cloneFixture(ctx.fixtures, name, placeInChat(ctx, fixture, env));
  const reaction = nested(body, "reaction");
  const by = env.sender ?? ctx.instance.me;
  const participant: Json = group ? (target.sender ?? ctx.instance.me).phone : null;
  return {
    ...body,
    reaction: patch(reaction, {
      value,
      time: env.momment - ctx.rng.int(200, 900),
      reactionBy: by.phone,
      referencedMessage: { messageId: target.messageId, fromMe: target.fromMe, phone: ctx.chat.phone, participant },
    }),
  };
}

/** Delete-for-everyone: a REVOKE notification reusing the deleted message's id (docs/zapi/SPEC.md §6.3). */
export function buildRevoke(ctx: ReceivedContext, env: Envelope): JsonObject {
  const fixture = ctx.fixtures.get("notification-revoke-captured") ?? {};
  return cloneFixture(ctx.fixtures, "notification-revoke-captured", placeInChat(ctx, fixture, env));
}

