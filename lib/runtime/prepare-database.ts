import path from "node:path";
import pg from "pg";
import { ensureAdmin } from "@/lib/auth/ensure-admin";
import { offerSetupCode } from "@/lib/auth/offer-setup-code";
import type { TEnv } from "@/lib/config/env";
import { applyMigrations } from "@/lib/db/apply-migrations";
import { createPrisma } from "@/lib/db/client";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { Spool } from "@/lib/webhooks/spool";
import { SpoolDrainer } from "@/lib/webhooks/spool-drainer";
import { checkSearchSupport } from "@/lib/chats/check-search-support";
import { ensureWebhookSecret } from "@/lib/settings/ensure-webhook-secret";
import { listSpoolDirs } from "./spool-dirs";

export type PreparedDatabase = {
  url: string;
  embedded: boolean;
  /** While no user exists: the one-time code for a first-run setup from another machine (lib/auth/setup-code.ts). */
  setupCode: string | null;
  stop(): Promise<void>;
};

/**
 * What happens once per start, however many server processes follow (server.ts): the embedded PostgreSQL
 * when there is no DATABASE_URL, the migrations, the webhook secret, the preset admin, the first-run setup
 * code, and every spool folder a previous run left (also of process slots no longer started). Done before any
 * process serves, so several processes never race to create them.
 */
export async function prepareDatabase(env: TEnv, log: (m: string) => void): Promise<PreparedDatabase> {
  const embedded = env.DATABASE_URL ? null : await startEmbeddedPostgres(path.resolve(env.VIGIA_DATA_DIR), log);
  const url = env.DATABASE_URL ?? embedded!.url;
  try {
    const applied = await applyMigrations(url);
    if (applied.length) log(`applied migrations: ${applied.join(", ")}`);
    await drainLeftSpools(env.VIGIA_DATA_DIR, url, log);
    const db = createPrisma(url, 1);
    try {
      await ensureWebhookSecret(db, env.VIGIA_WEBHOOK_SECRET);
      const search = await checkSearchSupport(db);
      if (search) log(search);
      if (env.VIGIA_ADMIN_EMAIL && env.VIGIA_ADMIN_PASSWORD) await ensureAdmin(db, env.VIGIA_ADMIN_EMAIL, env.VIGIA_ADMIN_PASSWORD);
      const setupCode = await offerSetupCode(db);
      return { url, embedded: !!embedded, setupCode, stop: async () => void (await embedded?.stop()) };
    } finally {
      await db.$disconnect();
    }
  } catch (e) {
    await embedded?.stop();
    throw e;
  }
}

async function drainLeftSpools(dataDir: string, url: string, log: (m: string) => void): Promise<void> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    for (const dir of await listSpoolDirs(dataDir)) {
      const spool = await Spool.open(dir, log);
      if (spool.waiting) {
        log(`spool: ${spool.waiting} event(s) left on disk by the previous run in ${path.basename(dir)}; moving them into the raw log`);
        await new SpoolDrainer(spool, pool, { log }).drainAll();
      }
      await spool.close();
    }
  } finally {
    await pool.end();
  }
}
