import type { Db } from "@/lib/db/client";

/** Revoked tokens stay listed (with the date) so an audit can tell what existed. */
export async function revokeApiToken(db: Db, id: string): Promise<boolean> {
  const r = await db.apiToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
  return r.count > 0;
}
