import { createServer, type Server } from "node:http";
import next from "next";
import pg from "pg";
import { startAlertLoop } from "@/lib/alerts/alert-loop";
import { stampPeer } from "@/lib/auth/request-address";
import { expireChanges } from "@/lib/changes/expire-changes";
import { startChangeStream } from "@/lib/changes/start-change-stream";
import { watchStuckMessages } from "@/lib/messages/watch-stuck-messages";
import type { TEnv } from "@/lib/config/env";
import { createPrisma } from "@/lib/db/client";
import { INGEST_POOL_BOUNDS } from "@/lib/db/pool-options";
import { foreignOriginProblem } from "@/lib/http/check-origin";
import { ERROR_CODES } from "@/lib/http/error-codes";
import { RawLog } from "@/lib/webhooks/raw-log";
import { Spool } from "@/lib/webhooks/spool";
import { SpoolDrainer } from "@/lib/webhooks/spool-drainer";
import { NormaliserThread } from "@/lib/normaliser/normaliser-thread";
import { watchIngestPressure } from "@/lib/webhooks/watch-ingest-pressure";
import { attachSocketServer } from "@/lib/realtime/socket-server";
import { watchCredentials } from "@/lib/realtime/watch-credentials";
import { ensureWebhookSecret } from "@/lib/settings/ensure-webhook-secret";
import { RejectedWebhookCounter } from "@/lib/settings/rejected-webhooks";
import { setRuntime } from "./runtime";

export type RunningVigia = { server: Server; port: number; webhookSecret: string; stop(): Promise<void> };

/**
 * Starts one server process on a prepared database (lib/runtime/prepare-database.ts), in order: spool, runtime,
 * Next, Socket.IO, change stream, normaliser thread, alert loop, listen. Several of these may run on one database, on one
 * machine (VIGIA_PROCESSES, server.ts) or many; nothing here assumes it is the only one.
 */
export async function startVigia(
  env: TEnv,
  databaseUrl: string,
  opts: { dev: boolean; log: (m: string) => void; spoolDir: string; websocketOnly?: boolean },
): Promise<RunningVigia> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 12, ...INGEST_POOL_BOUNDS });
  pool.on("error", (e) => opts.log(`database connection error: ${e.message}`));
  // Events a killed process left on disk go into the raw log before the normaliser starts, so it sees them
  // in their arrival order along with everything else.
  const spool = await Spool.open(opts.spoolDir, opts.log);
  const drainer = new SpoolDrainer(spool, pool, { log: opts.log });
  if (spool.waiting) opts.log(`spool: ${spool.waiting} event(s) left on disk by the previous run; moving them into the raw log`);
  await drainer.drainAll();
  const db = createPrisma(databaseUrl, 8);
  const webhookSecret = await ensureWebhookSecret(db, env.VIGIA_WEBHOOK_SECRET);

  // The parts of the pipeline know nothing of each other; they meet only in tables, each woken by the NOTIFY
  // that follows a commit (so a part in another process is woken alike):
  //   raw log (INSERT) ─vigia_raw─▶ normaliser leader (lib/normaliser/normaliser-leadership.ts, any process)
  //   normaliser (change rows) ─vigia_changes─▶ every process's change stream ─▶ its sockets
  //   connection events, silence ─(alert loop, one process per tick)─▶ incidents, alerts, change rows
  const rawLog = new RawLog(pool, { commitWithinMs: env.VIGIA_SPOOL_AFTER_MS });
  const normaliser = new NormaliserThread(databaseUrl, opts.log);
  const changeStream = startChangeStream({ db, databaseUrl, log: opts.log });
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
    countRejectedWebhook: () => rejected.count(),
    startedAt: new Date(),
  });

  const app = next({ dev: opts.dev, hostname: "localhost", port: env.PORT, dir: process.cwd() });
  await app.prepare();
  const handle = app.getRequestHandler();
  let webhooksInFlight = 0;
  const server = createServer((req, res) => {
    stampPeer(req.headers, req.socket.remoteAddress); // for the login throttle and the first-run setup
    if (req.url?.startsWith("/api/webhooks/")) {
      webhooksInFlight++;
      res.once("close", () => webhooksInFlight--);
    }
    // Here rather than in each route, so no state-changing API route (present or future) can forget it.
    const foreign = foreignOriginProblem(req, env.VIGIA_PUBLIC_URL ?? null);
    if (foreign) return void res.writeHead(ERROR_CODES.foreign_origin.status, { "content-type": "application/json", "cache-control": "no-store" }).end(JSON.stringify(foreign));
    handle(req, res).catch((e) => {
      opts.log(`request failed: ${e instanceof Error ? e.message : String(e)}`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  const io = attachSocketServer(server, { db, apiToken: env.VIGIA_API_TOKEN ?? null, publicUrl: env.VIGIA_PUBLIC_URL ?? null, hub: changeStream.hub });
  // Behind node:cluster (or a balancer without sticky sessions) the polls of one long-polling session would
  // land on different processes, which do not share sessions; one WebSocket is one connection, so it stays.
  if (opts.websocketOnly) io.engine.opts.transports = ["websocket"];
  const credentials = watchCredentials({ io, pool, databaseUrl, log: opts.log });
  await normaliser.start();
  const stopWatching = watchIngestPressure(() => webhooksInFlight, (on) => normaliser.setPressure(on));
  const alerts = startAlertLoop({ db, publicUrl: env.VIGIA_PUBLIC_URL ?? null, log: opts.log });
  const housekeeping = setInterval(() => void expireChanges(db).catch((e) => opts.log(`expiring changes failed: ${e}`)), 3_600_000);
  housekeeping.unref();
  const stopStuckWatch = watchStuckMessages(db, env.VIGIA_STUCK_CHECK_MS, opts.log);
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
        io.close().catch((error: unknown) => opts.log(`Socket.IO did not close cleanly: ${String(error)}`));
      });
      clearInterval(housekeeping);
      stopStuckWatch();
      stopWatching();
      await credentials.stop();
      await rawLog.drained();
      await drainer.stop();
      await spool.close();
      await alerts.stop();
      await normaliser.stop();
      await changeStream.stop();
      await rejected.flush();
      await db.$disconnect();
      await pool.end();
      await app.close?.();
      setRuntime(undefined);
    })());
  return { server, port, webhookSecret, stop };
}
