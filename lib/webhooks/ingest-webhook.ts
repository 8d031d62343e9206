import { newIdempotencyKey } from "./idempotency-key";
import { inflateBody } from "./inflate-body";
import { MAX_BODY_BYTES } from "./limits";
import type { RawEventDraft } from "./raw-log";
import { readLimitedBody } from "./read-limited-body";
import { secretsMatch } from "./secrets-match";
import { selectHeaders } from "./select-headers";
import { isSpoolWriteFailed } from "./spool";
import { type StoreDeps, storeRawEvent } from "./store-raw-event";

export type WebhookRequest = { secret: string; headers: Headers; body: ReadableStream<Uint8Array> | null };
/** `spooled`: kept on disk while the database is unavailable; it gets its raw log id when drained. */
/** `bodyLeftUnread`: answered before the body was read to its end, so the connection cannot carry another request. */
export type WebhookAnswer = { status: number; body: { ok: boolean; id?: string; spooled?: true; error?: string }; bodyLeftUnread?: true };
export type IngestDeps = StoreDeps & {
  webhookSecret: string;
  countRejectedWebhook(): void;
};

const TOO_LARGE: WebhookAnswer = { status: 413, body: { ok: false, error: `body larger than ${MAX_BODY_BYTES} bytes` } };
const TOO_LARGE_UNREAD: WebhookAnswer = { ...TOO_LARGE, bodyLeftUnread: true };

/**
 * The whole request path of a Z-API webhook: check the secret, bound and inflate the body, append it to the
 * raw log, answer. Interpretation happens later, in the normaliser, from the log; so anything with the right
 * secret and a sane size is kept, even when it is not JSON.
 */
export async function ingestWebhook(deps: IngestDeps, req: WebhookRequest): Promise<WebhookAnswer> {
  const arrivedAt = new Date();
  if (!secretsMatch(req.secret, deps.webhookSecret)) {
    deps.countRejectedWebhook();
    return { status: 401, body: { ok: false, error: "unknown webhook secret: check the URL configured in Z-API" } };
  }
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return TOO_LARGE_UNREAD;
  const read = await readLimitedBody(req.body, MAX_BODY_BYTES);
  if (!read.ok) return read.reason === "too_large" ? TOO_LARGE_UNREAD : { status: 400, body: { ok: false, error: "request body was cut off" }, bodyLeftUnread: true };

  let bytes = read.bytes;
  let problem: string | null = null;
  if (/\bgzip\b/i.test(req.headers.get("content-encoding") ?? "")) {
    const inflated = await inflateBody(bytes, MAX_BODY_BYTES);
    if (!inflated.ok && inflated.reason === "too_large") return TOO_LARGE;
    if (inflated.ok) bytes = inflated.bytes;
    else problem = "corrupt gzip body (Content-Encoding: gzip)";
  }
  const draft = problem ? invalidDraft(bytes, problem) : draftFromBytes(bytes);
  draft.headers = selectHeaders(req.headers);
  let stored: Awaited<ReturnType<typeof storeRawEvent>>;
  try {
    stored = await storeRawEvent(deps, draft, arrivedAt);
  } catch (error) {
    if (!isSpoolWriteFailed(error)) throw error;
    const message = `database unavailable and ${error.message}: event not stored`;
    return { status: 503, body: { ok: false, error: message } };
  }
  if (draft.result === "invalid") return { status: 400, body: { ok: false, ...stored, error: draft.error ?? "invalid body" } };
  return { status: 200, body: { ok: true, ...stored } };
}

function draftFromBytes(bytes: Buffer): RawEventDraft {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return invalidDraft(bytes, "body is not UTF-8 text");
  }
  // PostgreSQL text cannot hold NUL; such a body cannot be JSON either, so keep its bytes instead.
  if (text.includes("\u0000")) return invalidDraft(bytes, "body contains NUL bytes");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return { ...base(text, "utf8"), result: "invalid", error: `body is not valid JSON: ${(e as Error).message}`.slice(0, 300) };
  }
  const obj = parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  return { ...base(text, "utf8"), type: shortString(obj.type), instanceId: shortString(obj.instanceId) };
}

function invalidDraft(bytes: Buffer, error: string): RawEventDraft {
  return { ...base(bytes.toString("base64"), "base64"), result: "invalid", error };
}

function base(body: string, bodyEncoding: RawEventDraft["bodyEncoding"]): RawEventDraft {
  return { key: newIdempotencyKey(), body, bodyEncoding, headers: {}, type: null, instanceId: null, result: "pending", error: null };
}

function shortString(v: unknown): string | null {
  return typeof v === "string" ? v.slice(0, 120) : null;
}
