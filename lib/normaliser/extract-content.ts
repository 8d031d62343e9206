import type { TZapiReceivedCallback } from "@/lib/schemas/zapi";
import { contentText } from "./content-text";

export type TExtractedContent = {
  /** A content key (`text`, `image`, …), `gif`, `notification`, `waiting` or `unknown`. */
  kind: string;
  text: string | null;
  /** The content object as received; notification details; the raw unknown keys; or null. */
  content: Record<string, unknown> | null;
};

/** Content keys in the order they are tried; a payload carries exactly one of them, or none (docs/zapi/SPEC.md §6.2). */
export const CONTENT_KEYS = [
  "text", "image", "audio", "video", "ptv", "document", "sticker", "location", "liveLocation", "contact",
  "reaction", "buttonsResponseMessage", "listResponseMessage", "buttonsMessage", "hydratedTemplate",
  "carouselMessage", "pixKeyMessage", "poll", "pollVote", "product", "order", "reviewAndPay", "reviewOrder",
  "requestPayment", "sendPayment", "event", "eventResponse", "pinMessage", "newsletterAdminInvite",
] as const;

/** Come alongside `text` on status replies (docs/zapi/EDGE_CASES.md 26); kept inside the text content. */
const STATUS_COMPANIONS = ["statusImage", "statusVideo", "statusAudio"] as const;

/** Envelope keys that are objects but not content; anything else object-shaped is an unknown content kind. */
const ENVELOPE_OBJECTS = new Set(["externalAdReply", "expiresAt"]);

/** What a notification row keeps: everything that describes the event beyond the envelope. */
const NOTIFICATION_FIELDS = [
  "notificationParameters", "callId", "callDirection", "isVideo", "code", "requestMethod", "linkMode",
  "profileName", "updatedPhoto",
] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function pickDefined(body: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (body[key] !== undefined) out[key] = body[key];
  return out;
}

/** Kind, searchable text and content JSON of a ReceivedCallback. Pure. */
export function extractContent(body: TZapiReceivedCallback): TExtractedContent {
  const raw: Record<string, unknown> = body;
  // Checked first: notification shapes may still carry content-looking keys (docs/zapi/EDGE_CASES.md 22).
  if (typeof body.notification === "string" && body.notification !== "") {
    return { kind: "notification", text: null, content: pickDefined(raw, NOTIFICATION_FIELDS) };
  }
  const present = CONTENT_KEYS.filter((key) => isRecord(raw[key]));
  const first = present[0];
  if (first !== undefined) {
    const content: Record<string, unknown> = { ...(raw[first] as Record<string, unknown>) };
    for (const companion of STATUS_COMPANIONS) if (isRecord(raw[companion])) content[companion] = raw[companion];
    // More than one content key has never been seen; keep the others rather than drop them.
    for (const other of present.slice(1)) content[`_${other}`] = raw[other];
    const kind = first === "video" && content.isGif === true ? "gif" : first;
    return { kind, text: contentText(kind, content), content };
  }
  const known = new Set<string>([...CONTENT_KEYS, ...STATUS_COMPANIONS, ...ENVELOPE_OBJECTS]);
  const unknownKeys = Object.keys(raw).filter((key) => !known.has(key) && isRecord(raw[key]));
  if (unknownKeys.length > 0) return { kind: "unknown", text: null, content: pickDefined(raw, unknownKeys) };
  if (body.waitingMessage === true) return { kind: "waiting", text: null, content: null };
  // A status reply whose reply text is missing still shows the status it answers.
  const companions = STATUS_COMPANIONS.filter((key) => isRecord(raw[key]));
  if (companions.length > 0) return { kind: "text", text: null, content: pickDefined(raw, companions) };
  return { kind: "unknown", text: null, content: null };
}
