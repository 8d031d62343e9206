import { isLocalRequest } from "@/lib/auth/is-local-request";
import { ZSetupInput } from "@/lib/auth/schemas";
import { sessionCookie } from "@/lib/auth/session-cookie";
import { setUpFirstAdmin } from "@/lib/auth/set-up-first-admin";
import { json, parseJsonBody, problem } from "@/lib/http/respond";
import { getRuntime } from "@/lib/runtime/runtime";

// POST /api/auth/setup — first run: create the admin account and log in (from this machine, or with the setup code)
export async function POST(req: Request): Promise<Response> {
  const input = await parseJsonBody(req, ZSetupInput);
  if (!input.ok) return input.response;
  const result = await setUpFirstAdmin(getRuntime().db, input.data, { local: isLocalRequest(req.headers) });
  if (result.kind === "code_required") return problem("setup_code_invalid");
  if (result.kind === "already_set_up") return problem("already_set_up");
  return json({ ok: true }, 200, { "set-cookie": sessionCookie(req, result.token, result.expiresAt) });
}
