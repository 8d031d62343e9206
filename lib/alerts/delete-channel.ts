import type { Db } from "@/lib/db/client";

/** Removes a channel and its delivery log; false when there was none. */
export async function deleteChannel(db: Db, id: string): Promise<boolean> {
  return (await db.alertChannel.deleteMany({ where: { id } })).count > 0;
}
