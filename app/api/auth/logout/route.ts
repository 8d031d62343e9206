import { deleteSession } from "@/lib/auth/delete-session";
import { readCookie } from "@/lib/auth/parse-cookie";
import { clearedSessionCookie } from "@/lib/auth/session-cookie";
import { SESSION_COOKIE } from "@/lib/auth/tokens";
import { json } from "@/lib/http/respond";
import { getRuntime } from "@/lib/runtime/runtime";

// POST /api/auth/logout — ends the session behind the cookie
export async function POST(req: Request): Promise<Response> {
  const token = readCookie(req.headers.get("cookie"), SESSION_COOKIE);
  if (token) await deleteSession(getRuntime().db, token);
  return json({ ok: true }, 200, { "set-cookie": clearedSessionCookie() });
}
