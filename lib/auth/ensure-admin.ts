import type { Db } from "@/lib/db/client";
import { hashPassword, verifyPassword } from "./password";

/**
 * VIGIA_ADMIN_EMAIL + VIGIA_ADMIN_PASSWORD: that admin exists with that password after start. A changed
 * password ends every session of that user: a reset is what an operator does when the old one leaked.
 */
export async function ensureAdmin(db: Db, email: string, password: string): Promise<void> {
  const normalized = email.trim().toLowerCase();
  const existing = await db.user.findUnique({ where: { email: normalized } });
  if (existing && (await verifyPassword(password, existing.passwordHash))) return;
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    const user = await tx.user.upsert({
      where: { email: normalized },
      create: { email: normalized, passwordHash, role: "admin" },
      update: { passwordHash, role: "admin" },
    });
    await tx.session.deleteMany({ where: { userId: user.id } });
  });
}
