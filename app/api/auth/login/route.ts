import { logIn } from "@/lib/auth/log-in";
import { loginThrottle } from "@/lib/auth/login-throttle";
import { ZLoginInput } from "@/lib/auth/schemas";
import { sessionCookie } from "@/lib/auth/session-cookie";
import { json, parseJsonBody, problem } from "@/lib/http/respond";
import { getRuntime } from "@/lib/runtime/runtime";

// POST /api/auth/login — email + password → session cookie
export async function POST(req: Request): Promise<Response> {
  const input = await parseJsonBody(req, ZLoginInput);
  if (!input.ok) return problem(400, "invalid_input");
  const keys = [`email:${input.data.email}`, `ip:${req.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "local"}`];
  const throttle = loginThrottle();
  if (throttle.isBlocked(keys)) return problem(429, "too_many_attempts");
  const session = await logIn(getRuntime().db, input.data);
  if (!session) {
    throttle.fail(keys);
    return problem(401, "invalid_credentials");
  }
  throttle.succeed(keys);
  return json({ ok: true }, 200, { "set-cookie": sessionCookie(req, session.token, session.expiresAt) });
}
