import type { Db } from "@/lib/db/client";
import { hashSecret } from "./tokens";
import { type TUserDto, userToDto } from "./user-dto";

/** The user behind a session cookie value, or null when unknown or expired. */
export async function findSessionUser(db: Db, token: string | undefined | null): Promise<TUserDto | null> {
  if (!token || token.length > 200) return null;
  const session = await db.session.findUnique({ where: { id: hashSecret(token) }, include: { user: true } });
  if (!session || session.expiresAt <= new Date()) return null;
  return userToDto(session.user);
}
