import type { Db } from "@/lib/db/client";
import { createSession } from "./create-session";
import { hashPassword, verifyPassword } from "./password";
import type { TLoginInput } from "./schemas";

// Verifying against a real hash when the email is unknown keeps the answer time the same either way.
let dummyHash: Promise<string> | undefined;

export async function logIn(db: Db, input: TLoginInput): Promise<{ token: string; expiresAt: Date } | null> {
  const user = await db.user.findUnique({ where: { email: input.email } });
  dummyHash ??= hashPassword("not-a-real-password");
  const ok = await verifyPassword(input.password, user?.passwordHash ?? (await dummyHash));
  if (!user || !ok) return null;
  return createSession(db, user.id);
}
