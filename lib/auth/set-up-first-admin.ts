import type { Db } from "@/lib/db/client";
import { createSession } from "./create-session";
import { hashPassword } from "./password";
import type { TSetupInput } from "./schemas";

/** First run only: creates the admin when no user exists (serialised, so two tabs cannot both succeed). */
export async function setUpFirstAdmin(db: Db, input: TSetupInput): Promise<{ token: string; expiresAt: Date } | null> {
  const passwordHash = await hashPassword(input.password);
  const userId = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(726194302)`;
    if ((await tx.user.count()) > 0) return null;
    const user = await tx.user.create({ data: { email: input.email, name: input.name || null, passwordHash, role: "admin" } });
    return user.id;
  });
  return userId ? createSession(db, userId) : null;
}
