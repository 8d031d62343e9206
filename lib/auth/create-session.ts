import type { Db } from "@/lib/db/client";
import { hashSecret, newSecret, SESSION_DAYS } from "./tokens";

/** Opens a session for a user; returns the cookie value (shown to the browser only). */
export async function createSession(db: Db, userId: string): Promise<{ token: string; expiresAt: Date }> {
  const token = newSecret();
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
  await db.session.create({ data: { id: hashSecret(token), userId, expiresAt } });
  return { token, expiresAt };
}
