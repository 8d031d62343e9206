import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";

/** `clusterUrl`: a third, for Vigia as several processes (`--processes`), so it starts from an empty log too. */
export type BenchDatabases = { vigiaUrl: string; referenceUrl: string; clusterUrl: string; cleanup(): Promise<void> };

/**
 * Fresh databases on one PostgreSQL server: for Vigia (which migrates them on start) and for the bare
 * reference. The server is DATABASE_URL's when set (fresh databases are created and dropped there), else an
 * embedded one in a temporary folder that is deleted afterwards.
 */
export async function prepareDatabases(log: (m: string) => void): Promise<BenchDatabases> {
  let stopServer = async () => {};
  let dir: string | undefined;
  let baseUrl = process.env.DATABASE_URL;
  if (!baseUrl) {
    dir = await mkdtemp(path.join(os.tmpdir(), "vigia-bench-pg-"));
    const db = await startEmbeddedPostgres(dir, log);
    baseUrl = db.url;
    stopServer = db.stop;
  }
  const suffix = `${process.pid}_${Date.now()}`;
  const names = { vigia: `vigia_bench_${suffix}`, reference: `bench_ref_${suffix}`, cluster: `vigia_bench_n_${suffix}` };
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  for (const name of Object.values(names)) await admin.query(`CREATE DATABASE ${name}`);
  const withDb = (name: string) => {
    const u = new URL(baseUrl);
    u.pathname = `/${name}`;
    return u.toString();
  };
  return {
    vigiaUrl: withDb(names.vigia),
    referenceUrl: withDb(names.reference),
    clusterUrl: withDb(names.cluster),
    async cleanup() {
      for (const name of Object.values(names)) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
      await admin.end();
      await stopServer();
      if (dir) await rm(dir, { recursive: true, force: true });
    },
  };
}
