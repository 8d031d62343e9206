import type { z } from "zod";
import { readLimitedBody } from "@/lib/webhooks/read-limited-body";
import { CLOSE_CONNECTION } from "./close-connection";

/** Largest JSON body the API reads (login, setup, token names): a few hundred bytes in practice. */
export const MAX_JSON_BYTES = 64 * 1024;

export function json(body: unknown, status = 200, headers?: HeadersInit): Response {
  return Response.json(body, { status, headers: { "cache-control": "no-store", ...headers } });
}

export function problem(status: number, error: string, details?: unknown, headers?: HeadersInit): Response {
  return json({ ok: false, error, ...(details === undefined ? {} : { details }) }, status, headers);
}

/** A 413 sent before the body was read to its end (lib/http/close-connection.ts says why it closes). */
const tooLarge = () => problem(413, "body_too_large", undefined, CLOSE_CONNECTION);

/** Query string → zod; a 400 with the offending fields on failure. */
export function parseQuery<T extends z.ZodType>(url: string, schema: T): { ok: true; data: z.infer<T> } | { ok: false; response: Response } {
  const params = Object.fromEntries(new URL(url).searchParams);
  const r = schema.safeParse(params);
  if (r.success) return { ok: true, data: r.data };
  return { ok: false, response: problem(400, "invalid_query", r.error.issues.map((i) => ({ field: i.path.join("."), message: i.message }))) };
}

/** JSON body → zod; a 400 on non-JSON or a wrong shape. */
export async function parseJsonBody<T extends z.ZodType>(req: Request, schema: T): Promise<{ ok: true; data: z.infer<T> } | { ok: false; response: Response }> {
  // Requiring the JSON content type makes cross-site form posts (which cannot set it without CORS) fail.
  if (!/^application\/json\b/i.test(req.headers.get("content-type") ?? "")) return { ok: false, response: problem(415, "expected_json") };
  // Login and setup take bodies from anyone: stop reading at the limit instead of buffering whatever is sent.
  if (Number(req.headers.get("content-length") ?? 0) > MAX_JSON_BYTES) return { ok: false, response: tooLarge() };
  const body = await readLimitedBody(req.body, MAX_JSON_BYTES);
  if (!body.ok) return { ok: false, response: body.reason === "too_large" ? tooLarge() : problem(400, "invalid_json", undefined, CLOSE_CONNECTION) };
  let raw: unknown;
  try {
    raw = JSON.parse(body.bytes.toString("utf8"));
  } catch {
    return { ok: false, response: problem(400, "invalid_json") };
  }
  const r = schema.safeParse(raw);
  if (r.success) return { ok: true, data: r.data };
  return { ok: false, response: problem(400, "invalid_input", r.error.issues.map((i) => ({ field: i.path.join("."), message: i.message }))) };
}
