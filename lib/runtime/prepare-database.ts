import path from "node:path";
import { ensureAdmin } from "@/lib/auth/ensure-admin";
import type { TEnv } from "@/lib/config/env";
import { applyMigrations } from "@/lib/db/apply-migrations";
import { createPrisma } from "@/lib/db/client";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { ensureWebhookSecret } from "@/lib/settings/ensure-webhook-secret";

export type PreparedDatabase = { url: string; embedded: boolean; stop(): Promise<void> };

/**
 * What happens once per start, however many server processes follow (server.ts): the embedded PostgreSQL
 * when there is no DATABASE_URL, the migrations, the webhook secret and the preset admin. Done before any
 * process serves, so several processes never race to create them.
 */
export async function prepareDatabase(env: TEnv, log: (m: string) => void): Promise<PreparedDatabase> {
  const embedded = env.DATABASE_URL ? null : await startEmbeddedPostgres(path.resolve(env.VIGIA_DATA_DIR), log);
  const url = env.DATABASE_URL ?? (embedded?.url as string);
  try {
    const applied = await applyMigrations(url);
    if (applied.length) log(`applied migrations: ${applied.join(", ")}`);
    const db = createPrisma(url, 1);
    try {
      await ensureWebhookSecret(db, env.VIGIA_WEBHOOK_SECRET);
      if (env.VIGIA_ADMIN_EMAIL && env.VIGIA_ADMIN_PASSWORD) await ensureAdmin(db, env.VIGIA_ADMIN_EMAIL, env.VIGIA_ADMIN_PASSWORD);
    } finally {
      await db.$disconnect();
    }
  } catch (e) {
    await embedded?.stop();
    throw e;
  }
  return { url, embedded: !!embedded, stop: async () => void (await embedded?.stop()) };
}
