import { ZAPI_WEBHOOK_TYPES, ZZapiWebhook, type TZapiWebhook } from "@/lib/schemas/zapi";

export type TParsedBody =
  | { result: "ok"; body: TZapiWebhook; type: string; instanceId: string }
  | { result: "invalid" | "unrecognized"; type: string | null; instanceId: string | null; error: string };

const KNOWN_TYPES = new Set<string>(ZAPI_WEBHOOK_TYPES);
const MAX_ISSUES = 3;

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
    // PostgreSQL text and jsonb cannot hold U+0000; drop it rather than fail the whole event on insert.
    json = text.includes("\\u0000") ? JSON.parse(text, (_key, value: unknown) => (typeof value === "string" ? value.replaceAll("\u0000", "") : value)) : JSON.parse(text);
  } catch {
    return { result: "invalid", type: null, instanceId: null, error: "body is not valid JSON" };
  }
  const type = stringField(json, "type");
  const instanceId = stringField(json, "instanceId");
  if (type === null) return { result: "unrecognized", type, instanceId, error: "no string `type` field" };
  if (!KNOWN_TYPES.has(type)) return { result: "unrecognized", type, instanceId, error: `unknown type ${JSON.stringify(type).slice(0, 80)}` };
  const parsed = ZZapiWebhook.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, MAX_ISSUES).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    const more = parsed.error.issues.length > MAX_ISSUES ? ` (+${parsed.error.issues.length - MAX_ISSUES} more)` : "";
    return { result: "unrecognized", type, instanceId, error: `invalid ${type}: ${issues.join("; ")}${more}` };
  }
  return { result: "ok", body: parsed.data, type, instanceId: parsed.data.instanceId };
}
