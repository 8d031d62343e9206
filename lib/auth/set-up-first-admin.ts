import type { Db } from "@/lib/db/client";
import { createSession } from "./create-session";
import { hashPassword } from "./password";
import type { TSetupInput } from "./schemas";
import { setupCodeMatches, spendSetupCode } from "./setup-code";

export type SetUpResult = { kind: "ok"; token: string; expiresAt: Date } | { kind: "code_required" } | { kind: "already_set_up" };

/**
 * First run only: creates the admin when no user exists (serialised, so two tabs cannot both succeed). Vigia
 * must be reachable from the internet for Z-API, so whoever reaches the page first must not own it: the
 * request comes from the machine itself (`local`), or it carries the one-time code printed at start.
 */
export async function setUpFirstAdmin(db: Db, input: TSetupInput, o: { local: boolean }): Promise<SetUpResult> {
  if (!o.local && !setupCodeMatches(input.setupCode)) return { kind: "code_required" };
  const passwordHash = await hashPassword(input.password);
  const userId = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(726194302)`;
    if ((await tx.user.count()) > 0) return null;
    const user = await tx.user.create({ data: { email: input.email, name: input.name || null, passwordHash, role: "admin" } });
    return user.id;
  });
  if (!userId) return { kind: "already_set_up" };
  spendSetupCode();
  return { kind: "ok", ...(await createSession(db, userId)) };
}
