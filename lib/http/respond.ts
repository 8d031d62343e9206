import type { z } from "zod";
import { readLimitedBody } from "@/lib/webhooks/read-limited-body";
import { ERROR_CODES, type ErrorCode, errorBody } from "./error-codes";
import { CLOSE_CONNECTION } from "./close-connection";

/** Largest JSON body the API reads (login, setup, token names): a few hundred bytes in practice. */
export const MAX_JSON_BYTES = 64 * 1024;

export function json(body: unknown, status = 200, headers?: HeadersInit): Response {
  return Response.json(body, { status, headers: { "cache-control": "no-store", ...headers } });
}

/** Every error answer: the catalogued status and `{ error: { code, message, details? } }` (lib/http/error-codes.ts). */
export function problem(code: ErrorCode, options: { details?: unknown; headers?: HeadersInit } = {}): Response {
  return json(errorBody(code, { details: options.details }), ERROR_CODES[code].status, options.headers);
}

function issueDetails(error: z.ZodError): { field: string; message: string }[] {
  return error.issues.map((i) => ({ field: i.path.join("."), message: i.message }));
}

/** A 413 sent before the body was read to its end (lib/http/close-connection.ts says why it closes). */
const tooLarge = () => problem("body_too_large", { headers: CLOSE_CONNECTION });

/** Query string → zod; a 400 with the offending fields on failure (`invalid_cursor` when the cursor is among them). */
export function parseQuery<T extends z.ZodType>(url: string, schema: T): { ok: true; data: z.infer<T> } | { ok: false; response: Response } {
  const params = Object.fromEntries(new URL(url).searchParams);
  const r = schema.safeParse(params);
  if (r.success) return { ok: true, data: r.data };
  const code = r.error.issues.some((i) => i.path[0] === "cursor") ? "invalid_cursor" : "invalid_query";
  return { ok: false, response: problem(code, { details: issueDetails(r.error) }) };
}

/** JSON body → zod; a 400 on non-JSON or a wrong shape. */
export async function parseJsonBody<T extends z.ZodType>(req: Request, schema: T): Promise<{ ok: true; data: z.infer<T> } | { ok: false; response: Response }> {
  // Requiring the JSON content type makes cross-site form posts (which cannot set it without CORS) fail.
  if (!/^application\/json\b/i.test(req.headers.get("content-type") ?? "")) return { ok: false, response: problem("expected_json") };
  // Login and setup take bodies from anyone: stop reading at the limit instead of buffering whatever is sent.
  if (Number(req.headers.get("content-length") ?? 0) > MAX_JSON_BYTES) return { ok: false, response: tooLarge() };
  const body = await readLimitedBody(req.body, MAX_JSON_BYTES);
  if (!body.ok) return { ok: false, response: body.reason === "too_large" ? tooLarge() : problem("invalid_json", { headers: CLOSE_CONNECTION }) };
  let raw: unknown;
  try {
    raw = JSON.parse(body.bytes.toString("utf8"));
  } catch {
    return { ok: false, response: problem("invalid_json") };
  }
  const r = schema.safeParse(raw);
  if (r.success) return { ok: true, data: r.data };
  return { ok: false, response: problem("invalid_input", { details: issueDetails(r.error) }) };
}
