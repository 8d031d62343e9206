import webPush from "web-push";
import { z } from "zod";
import type { Db } from "@/lib/db/client";

const KEY = "web_push_vapid";
const ZVapidKeys = z.object({ publicKey: z.string().min(80), privateKey: z.string().min(40) });
export type TVapidKeys = z.infer<typeof ZVapidKeys>;

/**
 * The VAPID key pair (RFC 8292) Vigia signs its pushes with: made on first need and kept in the setting table,
 * so every process and every restart signs with the same key. A browser subscribed with one public key only
 * accepts pushes signed by its private half: losing the pair would silently end every subscription.
 * Two processes asking at once both keep the first row written: INSERT … ON CONFLICT DO NOTHING, then read.
 * (Prisma's upsert is a read then an insert, and the second of two concurrent callers failed on the key.)
 */
export async function getVapidKeys(db: Db): Promise<TVapidKeys> {
  const existing = await db.setting.findUnique({ where: { key: KEY } });
  if (existing) return ZVapidKeys.parse(JSON.parse(existing.value));
  const value = JSON.stringify(webPush.generateVAPIDKeys());
  await db.setting.createMany({ data: [{ key: KEY, value }], skipDuplicates: true });
  const row = await db.setting.findUniqueOrThrow({ where: { key: KEY } });
  return ZVapidKeys.parse(JSON.parse(row.value));
}
