import type { Db } from "@/lib/db/client";

/** Removes one of this user's subscribed devices by its id (a lost phone, an old browser); false when it is not theirs or gone. */
export async function deleteDevice(db: Db, userId: string, id: string): Promise<boolean> {
  const { count } = await db.pushSubscription.deleteMany({ where: { id, userId } });
  return count > 0;
}
