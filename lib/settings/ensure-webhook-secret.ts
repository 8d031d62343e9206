import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";

const KEY = "webhook_secret";

/** The secret in the webhook URL: VIGIA_WEBHOOK_SECRET when set, otherwise generated once and kept. */
export async function ensureWebhookSecret(db: Db, fromEnv: string | undefined): Promise<string> {
  if (fromEnv) return fromEnv;
  const existing = await db.setting.findUnique({ where: { key: KEY } });
  if (existing) return existing.value;
  const value = randomBytes(24).toString("base64url");
  const row = await db.setting.upsert({ where: { key: KEY }, create: { key: KEY, value }, update: {} });
  return row.value;
}
