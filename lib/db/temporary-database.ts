import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded-postgres";

/**
 * Runs `fn` with the URL of an empty, throw-away database: a new database on the `DATABASE_URL` server when
 * that is set, otherwise a new embedded cluster in a temporary folder. Dropped afterwards either way.
 */
export async function withTemporaryDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const base = process.env.DATABASE_URL;
  if (base) {
    const name = `vigia_tmp_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      const url = new URL(base);
      url.pathname = `/${name}`;
      return await fn(url.toString());
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), "vigia-tmp-db-"));
  const db = await startEmbeddedPostgres(dir);
  try {
    return await fn(db.url);
  } finally {
    await db.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
