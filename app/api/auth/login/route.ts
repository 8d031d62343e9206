import { logIn } from "@/lib/auth/log-in";
import { requestAddress } from "@/lib/auth/request-address";
import { ZLoginInput } from "@/lib/auth/schemas";
import { sessionCookie } from "@/lib/auth/session-cookie";
import { json, parseJsonBody, problem } from "@/lib/http/respond";
import { getRuntime } from "@/lib/runtime/runtime";

// POST /api/auth/login — email + password → session cookie
export async function POST(req: Request): Promise<Response> {
  const input = await parseJsonBody(req, ZLoginInput);
  if (!input.ok) return input.response;
  const result = await logIn(getRuntime().db, input.data, requestAddress(req.headers));
  if (result.kind === "throttled") {
    return problem("too_many_attempts", { headers: { "retry-after": String(Math.ceil(result.retryAfterMs / 1000)) } });
  }
  if (result.kind === "invalid") return problem("invalid_credentials");
  return json({ ok: true }, 200, { "set-cookie": sessionCookie(req, result.token, result.expiresAt) });
}
