import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { EMBEDDED_DATABASE, EMBEDDED_USER, type Saved } from "./embedded-postgres";

/**
 * The URL of the embedded PostgreSQL that a running Vigia started under `dataDir` (lib/db/embedded-postgres.ts),
 * or null when none is running there. A tool that must work while Vigia runs (scripts/reprocess.ts) connects
 * to that server instead of starting its own: starting one would stop Vigia's, which it takes for an orphan.
 * The port is read from postmaster.pid (its fourth line), which is the port the server really listens on.
 */
export async function findRunningEmbeddedPostgres(dataDir: string): Promise<string | null> {
  const pidFile = path.resolve(dataDir, "pg", "postmaster.pid");
  const savedPath = path.resolve(dataDir, "embedded-postgres.json");
  if (!existsSync(pidFile) || !existsSync(savedPath)) return null;
  const lines = (await readFile(pidFile, "utf8")).split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || port <= 0 || !isAlive(pid)) return null;
  const saved = JSON.parse(await readFile(savedPath, "utf8")) as Saved;
  return `postgresql://${EMBEDDED_USER}:${encodeURIComponent(saved.password)}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to another user (the "postgres" user embedded-postgres runs it as under root).
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
