// Talks to the auth API for the two forms on this page; a failure is a code of lib/http/error-codes.ts.
import { type FormErrorCode, readErrorCode } from "@/lib/http/error-codes";

export type AuthResult = { ok: true } | { ok: false; code: FormErrorCode; status?: number };

export async function postAuth(path: "/api/auth/login" | "/api/auth/setup", body: unknown): Promise<AuthResult> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    return { ok: false, code: "network" };
  }
  if (response.ok) return { ok: true };
  return { ok: false, ...(await readErrorCode(response)) };
}
