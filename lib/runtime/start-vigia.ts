import { createServer, type Server } from "node:http";
import path from "node:path";
import next from "next";
import pg from "pg";
import { ensureAdmin } from "@/lib/auth/ensure-admin";
import { offerSetupCode } from "@/lib/auth/offer-setup-code";
import { PEER_ADDRESS_HEADER } from "@/lib/auth/request-address";
import { expireChanges } from "@/lib/changes/expire-changes";
import { getHeadSeq } from "@/lib/changes/get-head-seq";
import { getOldestSeq } from "@/lib/changes/get-oldest-seq";
import { listChangesAfter } from "@/lib/changes/list-changes-after";
import type { TEnv } from "@/lib/config/env";
import { applyMigrations } from "@/lib/db/apply-migrations";
import { createPrisma } from "@/lib/db/client";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { INGEST_POOL_BOUNDS } from "@/lib/db/pool-options";
import { RawLog } from "@/lib/ingest/raw-log";
import { Spool } from "@/lib/ingest/spool";
import { SpoolDrainer } from "@/lib/ingest/spool-drainer";
import { NormaliserThread } from "@/lib/pipeline/normaliser-thread";
import { watchIngestPressure } from "@/lib/pipeline/watch-ingest-pressure";
import { ChangeHub } from "@/lib/realtime/change-hub";
import { foreignOriginProblem } from "@/lib/http/check-origin";
import { attachSocketServer } from "@/lib/realtime/socket-server";
import { watchCredentials } from "@/lib/realtime/watch-credentials";
import { ensureWebhookSecret } from "@/lib/settings/ensure-webhook-secret";
import { RejectedWebhookCounter } from "@/lib/settings/rejected-webhooks";
import { setRuntime } from "./runtime";

export type RunningVigia = {
  server: Server;
  port: number;
  webhookSecret: string;
  embedded: boolean;
  /** While no user exists: the one-time code for a first-run setup from another machine (lib/auth/setup-code.ts). */
  setupCode: string | null;
  stop(): Promise<void>;
};

/** Starts everything in order: database, migrations, runtime, Next, Socket.IO, normaliser, listen. */
export async function startVigia(env: TEnv, opts: { dev: boolean; log: (m: string) => void }): Promise<RunningVigia> {
  const embedded = env.DATABASE_URL ? null : await startEmbeddedPostgres(path.resolve(env.VIGIA_DATA_DIR), opts.log);
  const databaseUrl = env.DATABASE_URL ?? (embedded?.url as string);
  const applied = await applyMigrations(databaseUrl);
  if (applied.length) opts.log(`applied migrations: ${applied.join(", ")}`);

  const pool = new pg.Pool({ connectionString: databaseUrl, max: 12, ...INGEST_POOL_BOUNDS });
  pool.on("error", (e) => opts.log(`database connection error: ${e.message}`));
  // Events a killed process left on disk go into the raw log before the normaliser starts, so it sees them
  // in their arrival order along with everything else.
  const spool = await Spool.open(path.resolve(env.VIGIA_DATA_DIR, "spool"), opts.log);
  let kickNormaliser = () => {};
  const drainer = new SpoolDrainer(spool, pool, { log: opts.log, onMoved: () => kickNormaliser() });
  if (spool.waiting) opts.log(`spool: ${spool.waiting} event(s) left on disk by the previous run; moving them into the raw log`);
  await drainer.drainAll();
  const db = createPrisma(databaseUrl, 8);
  const webhookSecret = await ensureWebhookSecret(db, env.VIGIA_WEBHOOK_SECRET);
  if (env.VIGIA_ADMIN_EMAIL && env.VIGIA_ADMIN_PASSWORD) await ensureAdmin(db, env.VIGIA_ADMIN_EMAIL, env.VIGIA_ADMIN_PASSWORD);
  const setupCode = await offerSetupCode(db);

  const hub = new ChangeHub({
    listAfter: (seq, limit) => listChangesAfter(db, seq, limit),
    oldestSeq: () => getOldestSeq(db),
    headSeq: () => getHeadSeq(db),
  });
  const normaliser = new NormaliserThread(databaseUrl, (changes) => hub.publish(changes), opts.log);
  kickNormaliser = () => normaliser.kick();
  const rawLog = new RawLog(pool, () => normaliser.kick(), { commitWithinMs: env.VIGIA_SPOOL_AFTER_MS });
  const rejected = new RejectedWebhookCounter(db);
  setRuntime({
    db,
    pool,
    rawLog,
    spool,
    onSpooled: () => drainer.kick(),
    webhookSecret,
    apiToken: env.VIGIA_API_TOKEN ?? null,
    publicUrl: env.VIGIA_PUBLIC_URL ?? null,
    kickNormaliser: () => normaliser.kick(),
    countRejectedWebhook: () => rejected.count(),
    startedAt: new Date(),
  });

  const app = next({ dev: opts.dev, hostname: "localhost", port: env.PORT, dir: process.cwd() });
  await app.prepare();
  const handle = app.getRequestHandler();
  let webhooksInFlight = 0;
  const server = createServer((req, res) => {
    // Route handlers cannot see the peer address; always overwritten, so a client cannot supply it.
    req.headers[PEER_ADDRESS_HEADER] = req.socket.remoteAddress ?? "";
    if (req.url?.startsWith("/api/webhooks/")) {
      webhooksInFlight++;
      res.once("close", () => webhooksInFlight--);
    }
    // Here rather than in each route, so no state-changing API route (present or future) can forget it.
    const foreign = foreignOriginProblem(req, env.VIGIA_PUBLIC_URL ?? null);
    if (foreign) return void res.writeHead(403, { "content-type": "application/json", "cache-control": "no-store" }).end(JSON.stringify(foreign));
    handle(req, res).catch((e) => {
      opts.log(`request failed: ${e instanceof Error ? e.message : String(e)}`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  const io = attachSocketServer(server, { db, apiToken: env.VIGIA_API_TOKEN ?? null, publicUrl: env.VIGIA_PUBLIC_URL ?? null, hub });
  const credentials = watchCredentials({ io, pool, databaseUrl, log: opts.log });
  await normaliser.start();
  const stopWatching = watchIngestPressure(() => webhooksInFlight, (on) => normaliser.setPressure(on));
  const housekeeping = setInterval(() => void expireChanges(db).catch((e) => opts.log(`expiring changes failed: ${e}`)), 3_600_000);
  housekeeping.unref();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(env.PORT, env.HOSTNAME, () => resolve());
  });
  const port = (server.address() as { port: number }).port;

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      // Stop taking requests, let in-flight ones finish and commit, then stop the workers and the database.
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        void io.close();
      });
      clearInterval(housekeeping);
      stopWatching();
      await credentials.stop();
      await rawLog.drained();
      await drainer.stop();
      await spool.close();
      await normaliser.stop();
      await rejected.flush();
      await db.$disconnect();
      await pool.end();
      await app.close?.();
      setRuntime(undefined);
      if (embedded) await embedded.stop();
    })());
  return { server, port, webhookSecret, embedded: !!embedded, setupCode, stop };
}
