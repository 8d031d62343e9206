import { buildDelivery, buildStatus } from "./build-callbacks";
import { buildReceivedMessage, type MessageKind } from "./build-received-message";
import type { Overrides } from "./clone-fixture";
import { formatMomment } from "./format-momment";
import { CAPTIONS, DOCUMENTS, OUTGOING_TEXTS, fillTemplate } from "./portuguese-texts";
import { rememberMessage } from "./remember-message";
import type { EpisodeContext, EpisodeOptions, ScheduledBody, SimPerson } from "./traffic-types";

const DELIVERY_ERRORS = ["Phone number does not exist", "Timeout on send message", "Whatsapp did not allow sending this message"];

/**
 * Messages sent through the API to one chat: per message a DeliveryCallback, the fromMe/fromApi echo and a
 * SENT receipt (sometimes the receipt first), then RECEIVED → READ (→ PLAYED for audio) covering every
 * message of the batch in one `ids[]`, sometimes out of order or repeated (docs/zapi/SPEC.md §5, docs/zapi/EDGE_CASES.md 6–8).
 */
export function buildOutgoingEpisode(ctx: EpisodeContext, kinds: MessageKind[], opts: EpisodeOptions = {}): ScheduledBody[] {
  const { rng, chat } = ctx;
  const out: ScheduledBody[] = [];
  const sent: string[] = [];
  kinds.forEach((kind, i) => {
    const base = i * 3;
    const ids = { messageId: ctx.ids.messageId(), zaapId: ctx.ids.zaapId() };
    const logical = i * 1500;
    const t = ctx.at(logical);
    if (kinds.length === 1 && rng.chance(0.03)) {
      out.push({ offset: base, body: buildDelivery(ctx, chat, ids, t, rng.pick(DELIVERY_ERRORS)) });
      return;
    }
    const statusFirst = opts.statusBeforeEcho ?? rng.chance(0.25);
    const env = { messageId: ids.messageId, sender: null, fromApi: true, momment: formatMomment(rng, ctx.at(logical + 150)) };
    out.push({ offset: base + (statusFirst ? 1 : 0), body: buildDelivery(ctx, chat, ids, t) });
    out.push({ offset: base + (statusFirst ? 2 : 1), body: buildReceivedMessage(ctx, kind, env, contentFor(ctx, kind)) });
    out.push({ offset: base + (statusFirst ? 0 : 2), body: buildStatus(ctx, chat, "SENT", [ids.messageId], formatMomment(rng, ctx.at(logical + 900))) });
    rememberMessage(ctx.instance, chat, { messageId: ids.messageId, fromMe: true, sender: null });
    sent.push(ids.messageId);
  });
  if (sent.length === 0) return out;

  const start = kinds.length * 3;
  const receivedLogical = kinds.length * 1500 + rng.int(2, 8) * 1000;
  const readLogical = receivedLogical + rng.int(5, 90) * 1000;
  const receivedMs = ctx.at(receivedLogical);
  const readMs = ctx.at(readLogical);
  const readers: Array<SimPerson | null> = chat.kind === "group" ? chat.participants.slice(0, rng.int(1, 3)) : [null];
  const swap = rng.chance(0.15);
  const read = rng.chance(0.7);
  for (const reader of readers) {
    const receivedAt = start + rng.int(1, 6);
    const readAt = receivedAt + rng.int(2, 12);
    out.push({ offset: swap && read ? readAt : receivedAt, body: buildStatus(ctx, chat, "RECEIVED", sent, formatMomment(rng, receivedMs), reader) });
    if (rng.chance(0.1)) out.push({ offset: readAt + rng.int(1, 10), body: buildStatus(ctx, chat, "RECEIVED", sent, formatMomment(rng, ctx.at(receivedLogical + 1000)), reader) });
    if (!read) continue;
    out.push({ offset: swap ? receivedAt : readAt, body: buildStatus(ctx, chat, "READ", sent, formatMomment(rng, readMs), reader) });
    const audio = sent.filter((_, i) => kinds[i] === "audio");
    if (audio.length > 0 && (opts.played ?? rng.chance(0.5))) {
      out.push({ offset: readAt + rng.int(2, 15), body: buildStatus(ctx, chat, "PLAYED", audio, formatMomment(rng, ctx.at(readLogical + rng.int(5, 60) * 1000)), reader) });
    }
  }
  return out;
}

function contentFor(ctx: EpisodeContext, kind: MessageKind): Overrides {
  const { rng } = ctx;
  switch (kind) {
    case "text":
      return { message: fillTemplate(rng.pick(OUTGOING_TEXTS), ctx.serial()) };
    case "image":
    case "video":
      return { caption: rng.pick(CAPTIONS) };
    case "audio":
      return { seconds: rng.int(3, 60), ptt: true };
    case "document": {
      const doc = rng.pick(DOCUMENTS);
      return { title: doc.title, fileName: doc.title, mimeType: doc.mimeType };
    }
    case "sticker":
      return {};
  }
}
