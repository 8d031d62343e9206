import { existsSync } from "node:fs";
import path from "node:path";
import type { TEnv } from "@/lib/config/env";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { findRunningEmbeddedPostgres } from "./find-running-embedded-postgres";

export type ToolDatabase = { url: string; where: string; stop(): Promise<void> };

/**
 * The database `npm start` would use (lib/runtime/prepare-database.ts), for a command-line tool: DATABASE_URL
 * when set; else the embedded cluster under VIGIA_DATA_DIR — the running one when Vigia is up, else started
 * for the tool and stopped after it. Throws a readable Error when there is no database yet.
 */
export async function openDatabaseForTool(env: TEnv, log: (m: string) => void): Promise<ToolDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, where: "DATABASE_URL", stop: async () => {} };
  const dataDir = path.resolve(env.VIGIA_DATA_DIR);
  if (!existsSync(path.join(dataDir, "pg", "PG_VERSION"))) {
    throw new Error(`no Vigia database in ${dataDir} yet: start Vigia once (npm start), or set VIGIA_DATA_DIR or DATABASE_URL`);
  }
  const running = await findRunningEmbeddedPostgres(dataDir);
  if (running) return { url: running, where: `the embedded database of the running Vigia (${dataDir})`, stop: async () => {} };
  const started = await startEmbeddedPostgres(dataDir, log);
  return { url: started.url, where: `the embedded database in ${dataDir} (started for this command)`, stop: started.stop };
}
