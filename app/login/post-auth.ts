// Talks to the auth API for the two forms on this page and maps every failure to a message key.

export type AuthErrorCode =
  | "invalid_credentials"
  | "invalid_input"
  | "already_set_up"
  | "setup_code_invalid"
  | "rate_limited"
  | "network"
  | "unknown";

export type AuthResult = { ok: true } | { ok: false; code: AuthErrorCode; status?: number };

const known = new Set<string>(["invalid_credentials", "invalid_input", "already_set_up", "setup_code_invalid"]);

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
  if (response.status === 429) return { ok: false, code: "rate_limited" };
  const payload: unknown = await response.json().catch(() => null);
  const error =
    payload && typeof payload === "object" && "error" in payload && typeof payload.error === "string" ? payload.error : "";
  if (known.has(error)) return { ok: false, code: error as AuthErrorCode };
  if (response.status === 400) return { ok: false, code: "invalid_input" };
  return { ok: false, code: "unknown", status: response.status };
}
