import { ZAPI_WEBHOOK_TYPES, ZZapiWebhook, type TZapiWebhook } from "@/lib/schemas/zapi";
import { isWellFormed, wellFormed } from "./well-formed";

export type TParsedBody =
  | { result: "ok"; body: TZapiWebhook; type: string; instanceId: string }
  | { result: "invalid" | "unrecognized"; type: string | null; instanceId: string | null; error: string };

/** Lower-cased spelling → Z-API's: the docs' own tables also write `ReceivedCallBack` (docs/zapi/EDGE_CASES.md 29). */
const KNOWN_TYPES = new Map<string, string>(ZAPI_WEBHOOK_TYPES.map((t) => [t.toLowerCase(), t]));
const MAX_ISSUES = 3;
/** The only ways a string parsed from well-formed UTF-8 text can hold U+0000 or a lone surrogate: an escape. */
const NEEDS_CLEANING = /\\u(?:0000|d[89a-f])/i;

/**
 * PostgreSQL text and jsonb cannot hold U+0000, and jsonb refuses lone UTF-16 surrogates (`"\ud800"`), which
 * JSON.parse accepts: drop the one and replace the other with U+FFFD (in values and keys), once, here, rather
 * than fail the event on insert — or, for a value that reaches a change payload, the whole batch.
 */
function cleanString(s: string): string {
  return wellFormed(s.replaceAll("\u0000", ""));
}

function cleanValue(_key: string, value: unknown): unknown {
  if (typeof value === "string") return cleanString(value);
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const entries = Object.entries(value);
  if (entries.every(([k]) => isWellFormed(k) && !k.includes("\u0000"))) return value;
  return Object.fromEntries(entries.map(([k, v]) => [cleanString(k), v]));
}

function stringField(value: unknown, key: string): string | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const field: unknown = (value as Record<string, unknown>)[key];
  return typeof field === "string" ? field : null;
}

/** Raw body text → a typed webhook, or why not: not JSON → invalid; unknown `type` or wrong shape → unrecognized. */
export function parseWebhookBody(text: string, encoding: string): TParsedBody {
  if (encoding !== "utf8") return { result: "invalid", type: null, instanceId: null, error: "body is not UTF-8 text" };
  let json: unknown;
  try {
    json = NEEDS_CLEANING.test(text) ? JSON.parse(text, cleanValue) : JSON.parse(text);
  } catch {
    return { result: "invalid", type: null, instanceId: null, error: "body is not valid JSON" };
  }
  const given = stringField(json, "type");
  const instanceId = stringField(json, "instanceId");
  // Cut as ingest does (lib/webhooks/ingest-webhook.ts): both columns are indexed, and an index row has a size limit.
  if (given === null) return { result: "unrecognized", type: null, instanceId: instanceId?.slice(0, 120) ?? null, error: "no string `type` field" };
  const type = KNOWN_TYPES.get(given.toLowerCase());
  if (type === undefined) {
    return { result: "unrecognized", type: given.slice(0, 120), instanceId: instanceId?.slice(0, 120) ?? null, error: `unknown type ${JSON.stringify(given).slice(0, 80)}` };
  }
  const parsed = ZZapiWebhook.safeParse(type === given ? json : { ...(json as object), type });
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, MAX_ISSUES).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    const more = parsed.error.issues.length > MAX_ISSUES ? ` (+${parsed.error.issues.length - MAX_ISSUES} more)` : "";
    return { result: "unrecognized", type, instanceId, error: `invalid ${type}: ${issues.join("; ")}${more}` };
  }
  return { result: "ok", body: parsed.data, type, instanceId: parsed.data.instanceId };
}
