import type { Db } from "@/lib/db/client";
import { notifyCredentialsEnded } from "@/lib/realtime/notify-credentials-ended";

/** Revoked tokens stay listed (with the date) so an audit can tell what existed. */
export async function revokeApiToken(db: Db, id: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const r = await tx.apiToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
    // Delivered at commit to every process, which closes the sockets opened with this token.
    if (r.count > 0) await notifyCredentialsEnded(tx, { kind: "tokens", ids: [id] });
    return r.count > 0;
  });
}
