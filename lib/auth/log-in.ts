import type { Db } from "@/lib/db/client";
import { createSession } from "./create-session";
import { loginThrottle } from "./login-throttle";
import { hashPassword, verifyPassword } from "./password";
import type { TLoginInput } from "./schemas";

export type LogInResult =
  | { kind: "ok"; token: string; expiresAt: Date }
  | { kind: "invalid" }
  | { kind: "throttled"; retryAfterMs: number };

// Verifying against a real hash when the email is unknown keeps the answer time the same either way.
let dummyHash: Promise<string> | undefined;

/** Email + password from `address` (the client, see lib/auth/request-address.ts) → a new session, throttled. */
export async function logIn(db: Db, input: TLoginInput, address: string): Promise<LogInResult> {
  const throttle = loginThrottle();
  const verdict = throttle.check(address, input.email);
  // Refused before scrypt runs, so a throttled client costs no hashing work.
  if (!verdict.allowed) return { kind: "throttled", retryAfterMs: verdict.retryAfterMs };
  const user = await db.user.findUnique({ where: { email: input.email } });
  dummyHash ??= hashPassword("not-a-real-password");
  const ok = await verifyPassword(input.password, user?.passwordHash ?? (await dummyHash));
  if (!user || !ok) {
    throttle.fail(address, input.email);
    return { kind: "invalid" };
  }
  throttle.succeed(address, input.email);
  return { kind: "ok", ...(await createSession(db, user.id)) };
}
