import type { Db } from "@/lib/db/client";
import type { TPushSubscriptionInput } from "./schemas";

/**
 * Keeps this browser's subscription for this user. The endpoint identifies the browser: subscribing again
 * (new keys after the browser renewed them, another user logged in on the same browser) replaces the row.
 */
export async function saveSubscription(db: Db, userId: string, input: TPushSubscriptionInput, userAgent: string | null): Promise<{ id: string }> {
  const data = { userId, p256dh: input.keys.p256dh, auth: input.keys.auth, userAgent: userAgent?.slice(0, 300) ?? null };
  const row = await db.pushSubscription.upsert({ where: { endpoint: input.endpoint }, create: { endpoint: input.endpoint, ...data }, update: data, select: { id: true } });
  return row;
}
