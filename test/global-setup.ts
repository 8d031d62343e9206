import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "../lib/db/apply-migrations";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";

// One PostgreSQL for the whole Vitest run: the embedded one (or DATABASE_URL's server), with a migrated
// template database that each test file clones (CREATE DATABASE … TEMPLATE), so files never share rows.
export default async function setup({ provide }: { provide: (key: string, value: string) => void }) {
  let stop = async () => {};
  let baseUrl = process.env.DATABASE_URL;
  let dir: string | undefined;
  if (!baseUrl) {
    dir = await mkdtemp(path.join(os.tmpdir(), "vigia-test-pg-"));
    const db = await startEmbeddedPostgres(dir);
    baseUrl = db.url;
    stop = db.stop;
  }
  const template = `vigia_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  const templateUrl = withDatabase(baseUrl, template);
  await applyMigrations(templateUrl);
  // The schema engine's pool outlives it; a template must have no open connections to be cloned.
  await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [template]);
  provide("pgBaseUrl", baseUrl);
  provide("pgTemplate", template);
  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`).catch(() => {});
    await admin.end();
    await stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
