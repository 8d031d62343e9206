import type { Db } from "@/lib/db/client";

/** Forgets this user's subscription with that endpoint ("unsubscribe" on this browser); false when there was none. */
export async function deleteSubscription(db: Db, userId: string, endpoint: string): Promise<boolean> {
  const { count } = await db.pushSubscription.deleteMany({ where: { userId, endpoint } });
  return count > 0;
}
