import { buildPresence, buildStatus } from "./build-callbacks";
import { buildEdit, buildReceivedMessage, buildRevoke, type MessageKind } from "./build-received-message";
import { pickSender } from "./create-world";
import { formatMomment } from "./format-momment";
import { CAPTIONS, DOCUMENTS, INCOMING_TEXTS } from "./portuguese-texts";
import { rememberMessage } from "./remember-message";
import type { EpisodeContext, EpisodeOptions, ScheduledBody } from "./traffic-types";
import type { Overrides } from "./clone-fixture";

const MESSAGE_AT = 2;

/**
 * A contact (or group member) writes: maybe typing first, then the message, maybe re-delivered 2–9 times
 * with a different `momment` each time (docs/zapi/SPEC.md §2.3), maybe read on the phone (READ_BY_ME).
 */
export function buildIncomingEpisode(ctx: EpisodeContext, kind: MessageKind, opts: EpisodeOptions = {}): ScheduledBody[] {
  const { rng, chat } = ctx;
  const out: ScheduledBody[] = [];
  const sender = pickSender(rng, chat);
  if (chat.kind === "private" && (opts.presence ?? rng.chance(0.5))) {
    out.push({ offset: 0, body: buildPresence(ctx, chat, kind === "audio" ? "RECORDING" : "COMPOSING") });
    out.push({ offset: 1, body: buildPresence(ctx, chat, "PAUSED") });
  }
  const messageId = ctx.ids.messageId();
  const sentMs = ctx.at(MESSAGE_AT * 1000);
  const reply = rng.chance(0.15) ? (ctx.instance.recent.get(chat.phone) ?? []).at(-1)?.messageId : undefined;
  const env = { messageId, sender, momment: formatMomment(rng, sentMs), referenceMessageId: reply ?? null };
  const content = contentFor(ctx, kind);
  out.push({ offset: MESSAGE_AT, body: buildReceivedMessage(ctx, kind, env, content) });
  rememberMessage(ctx.instance, chat, { messageId, fromMe: false, sender });

  const copies = opts.copies ?? (rng.chance(0.12) ? rng.int(2, kind === "image" ? 9 : 3) : 1);
  let offset = MESSAGE_AT;
  let momment = env.momment;
  for (let copy = 2; copy <= copies; copy++) {
    offset += rng.int(2, 15);
    // Each re-delivery carries a later momment than the previous one (whole seconds apart, never equal).
    momment += rng.int(1, 20) * 1000 + rng.int(0, 3);
    const again = { ...env, momment };
    out.push({ offset, body: buildReceivedMessage(ctx, kind, again, content) });
  }
  if (opts.readByMe ?? rng.chance(0.4)) {
    const readMs = ctx.at(MESSAGE_AT * 1000 + rng.int(3, 120) * 1000);
    out.push({ offset: MESSAGE_AT + rng.int(2, 10), body: buildStatus(ctx, chat, "READ_BY_ME", [messageId], formatMomment(rng, readMs)) });
  }
  return out;
}

/** The sender edits a text a moment later: a second ReceivedCallback with isEdit and editMessageId. */
export function buildEditEpisode(ctx: EpisodeContext): ScheduledBody[] {
  const first = buildIncomingEpisode(ctx, "text", { copies: 1, readByMe: false, presence: false });
  const original = first.find((item) => item.body.type === "ReceivedCallback");
  const messageId = original?.body.messageId;
  if (typeof messageId !== "string") return first;
  const sender = pickSender(ctx.rng, ctx.chat);
  const fromList = (ctx.instance.recent.get(ctx.chat.phone) ?? []).find((m) => m.messageId === messageId);
  const env = { messageId, sender: fromList?.sender ?? sender, momment: formatMomment(ctx.rng, ctx.at(ctx.rng.int(10, 60) * 1000)) };
  const text = `${ctx.rng.pick(INCOMING_TEXTS)} (corrigido)`;
  first.push({ offset: MESSAGE_AT + ctx.rng.int(3, 12), body: buildEdit(ctx, env, ctx.ids.messageId(), text) });
  return first;
}

/** The sender deletes a message for everyone: REVOKE with the deleted message's id. */
export function buildRevokeEpisode(ctx: EpisodeContext): ScheduledBody[] {
  const first = buildIncomingEpisode(ctx, "text", { copies: 1, readByMe: false, presence: false });
  const messageId = first.find((item) => item.body.type === "ReceivedCallback")?.body.messageId;
  if (typeof messageId !== "string") return first;
  const sender = (ctx.instance.recent.get(ctx.chat.phone) ?? []).find((m) => m.messageId === messageId)?.sender ?? null;
  const env = { messageId, sender: sender ?? pickSender(ctx.rng, ctx.chat), momment: ctx.at(ctx.rng.int(10, 90) * 1000 + ctx.rng.int(0, 999)) };
  first.push({ offset: MESSAGE_AT + ctx.rng.int(3, 12), body: buildRevoke(ctx, env) });
  return first;
}

function contentFor(ctx: EpisodeContext, kind: MessageKind): Overrides {
  const { rng } = ctx;
  switch (kind) {
    case "text":
      return { message: rng.pick(INCOMING_TEXTS) };
    case "image":
    case "video":
      return { caption: rng.pick(CAPTIONS) };
    case "audio":
      return { seconds: rng.int(2, 120), ptt: rng.chance(0.85) };
    case "document": {
      const doc = rng.pick(DOCUMENTS);
      return { title: doc.title, fileName: doc.title, mimeType: doc.mimeType, pageCount: rng.int(1, 12) };
    }
    case "sticker":
      return {};
  }
}
