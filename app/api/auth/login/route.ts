import { logIn } from "@/lib/auth/log-in";
import { ZLoginInput } from "@/lib/auth/schemas";
import { sessionCookie } from "@/lib/auth/session-cookie";
import { json, parseJsonBody, problem } from "@/lib/http/respond";
import { getRuntime } from "@/lib/runtime/runtime";

// POST /api/auth/login — email + password → session cookie
export async function POST(req: Request): Promise<Response> {
  const input = await parseJsonBody(req, ZLoginInput);
  if (!input.ok) return problem(400, "invalid_input");
  const session = await logIn(getRuntime().db, input.data);
  if (!session) return problem(401, "invalid_credentials");
  return json({ ok: true }, 200, { "set-cookie": sessionCookie(req, session.token, session.expiresAt) });
}
