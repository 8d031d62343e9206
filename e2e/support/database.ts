import pg from "pg";
import { findRunningEmbeddedPostgres } from "../../lib/db/find-running-embedded-postgres";

/**
 * A connection to the e2e server's own embedded database (playwright.config.ts puts it in VIGIA_E2E_DATA_DIR),
 * for the few specs that must set up a state no webhook can produce, such as what an older version left.
 */
export async function connectE2eDatabase(): Promise<pg.Client> {
  const dir = process.env.VIGIA_E2E_DATA_DIR;
  const url = dir ? await findRunningEmbeddedPostgres(dir) : null;
  if (!url) throw new Error(`no running embedded PostgreSQL in VIGIA_E2E_DATA_DIR (${dir ?? "unset"})`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}
