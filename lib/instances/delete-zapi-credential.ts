import type { Db } from "@/lib/db/client";

/** Forgets an instance's Z-API credentials (the status poll stops asking); false when none were stored. */
export async function deleteZapiCredential(db: Db, instanceId: string): Promise<boolean> {
  const n = await db.zapiCredential.deleteMany({ where: { instanceId } });
  return n.count > 0;
}
