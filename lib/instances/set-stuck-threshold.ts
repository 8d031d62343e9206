import { z } from "zod";
import type { Db } from "@/lib/db/client";

/** From a minute to a day: below a minute, WhatsApp's own delays look stuck; above a day nothing is watched. */
export const ZStuckThresholdInput = z.object({ seconds: z.number().int().min(60).max(86_400) });

/** Sets how long one instance's messages may stay unconfirmed before they are stuck; false when the instance is unknown. */
export async function setStuckThreshold(db: Db, instanceId: string, seconds: number): Promise<boolean> {
  const n = await db.instance.updateMany({ where: { id: instanceId }, data: { stuckAfterSeconds: seconds } });
  return n.count > 0;
}
