import type { Db } from "@/lib/db/client";
import { describeUserAgent, type TDeviceName } from "./describe-user-agent";

/** One of the user's subscribed browsers or phones, as Settings → Alerts lists it. */
export type TPushDeviceDto = TDeviceName & { id: string; endpoint: string; createdAt: string; lastSuccessAt: string | null };

/**
 * This user's own push subscriptions, oldest first; nobody sees another user's. The endpoint lets the page
 * mark the row that is the browser it runs in ("this browser").
 */
export async function listDevices(db: Db, userId: string): Promise<TPushDeviceDto[]> {
  const rows = await db.pushSubscription.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
  return rows.map((r) => ({
    id: r.id,
    endpoint: r.endpoint,
    ...describeUserAgent(r.userAgent),
    createdAt: r.createdAt.toISOString(),
    lastSuccessAt: r.lastSuccessAt?.toISOString() ?? null,
  }));
}
