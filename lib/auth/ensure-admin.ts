import type { Db } from "@/lib/db/client";
import { hashPassword, verifyPassword } from "./password";

/** VIGIA_ADMIN_EMAIL + VIGIA_ADMIN_PASSWORD: that admin exists with that password after start. */
export async function ensureAdmin(db: Db, email: string, password: string): Promise<void> {
  const normalized = email.trim().toLowerCase();
  const existing = await db.user.findUnique({ where: { email: normalized } });
  if (existing && (await verifyPassword(password, existing.passwordHash))) return;
  const passwordHash = await hashPassword(password);
  await db.user.upsert({
    where: { email: normalized },
    create: { email: normalized, passwordHash, role: "admin" },
    update: { passwordHash, role: "admin" },
  });
}
