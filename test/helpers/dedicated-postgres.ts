import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { applyMigrations } from "@/lib/db/apply-migrations";
import { type EmbeddedDatabase, startEmbeddedPostgres } from "@/lib/db/embedded-postgres";

export type DedicatedPostgres = {
  readonly url: string;
  /** Stops the postmaster (fast shutdown, as an operator or a crash-restart would): the database is gone. */
  stop(): Promise<void>;
  /** Starts it again (if stopped) on the same data, port and password, so the same URL works again. */
  start(): Promise<void>;
  /** Stops it and deletes its data. */
  destroy(): Promise<void>;
};

/**
 * A PostgreSQL of the test's own (embedded, in a temporary folder), migrated, for tests that stop the
 * database under a running server: the run's shared one (test/global-setup.ts) must stay up for the others.
 */
export async function startDedicatedPostgres(): Promise<DedicatedPostgres> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "vigia-dedicated-pg-"));
  let current: EmbeddedDatabase | undefined = await startEmbeddedPostgres(dir);
  const url = current.url;
  await applyMigrations(url);
  return {
    url,
    stop: async () => {
      await current?.stop();
      current = undefined;
    },
    start: async () => {
      if (current) return;
      current = await startEmbeddedPostgres(dir);
      if (current.url !== url) throw new Error("the dedicated PostgreSQL came back on another port");
    },
    destroy: async () => {
      await current?.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
