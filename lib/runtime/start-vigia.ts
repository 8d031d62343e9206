import { createServer, type Server } from "node:http";
import next from "next";
import pg from "pg";
import { expireChanges } from "@/lib/changes/expire-changes";
import { startChangeStream } from "@/lib/changes/start-change-stream";
import type { TEnv } from "@/lib/config/env";
import { createPrisma } from "@/lib/db/client";
import { RawLog } from "@/lib/ingest/raw-log";
import { NormaliserThread } from "@/lib/pipeline/normaliser-thread";
import { watchIngestPressure } from "@/lib/pipeline/watch-ingest-pressure";
import { attachSocketServer } from "@/lib/realtime/socket-server";
import { ensureWebhookSecret } from "@/lib/settings/ensure-webhook-secret";
import { RejectedWebhookCounter } from "@/lib/settings/rejected-webhooks";
import { setRuntime } from "./runtime";

export type RunningVigia = { server: Server; port: number; webhookSecret: string; stop(): Promise<void> };

/**
 * Starts one server process on a prepared database (lib/runtime/prepare-database.ts), in order: runtime,
 * Next, Socket.IO, change stream, normaliser thread, listen. Several of these may run on one database, in one
 * machine (VIGIA_PROCESSES, server.ts) or many; nothing here assumes it is the only one.
 */
export async function startVigia(
  env: TEnv,
  databaseUrl: string,
  opts: { dev: boolean; log: (m: string) => void; websocketOnly?: boolean },
): Promise<RunningVigia> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 12 });
  pool.on("error", (e) => opts.log(`database connection error: ${e.message}`));
  const db = createPrisma(databaseUrl, 8);
  const webhookSecret = await ensureWebhookSecret(db, env.VIGIA_WEBHOOK_SECRET);

  // Two parts that know nothing of each other: the normaliser writes change rows, and the change stream
  // reads them from the table for this process's sockets (whichever process or producer wrote them).
  const changeStream = startChangeStream({ db, databaseUrl, log: opts.log });
  const normaliser = new NormaliserThread(databaseUrl, opts.log);
  const rawLog = new RawLog(pool, () => normaliser.kick());
  const rejected = new RejectedWebhookCounter(db);
  setRuntime({
    db,
    pool,
    rawLog,
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
    if (req.url?.startsWith("/api/webhooks/")) {
      webhooksInFlight++;
      res.once("close", () => webhooksInFlight--);
    }
    handle(req, res).catch((e) => {
      opts.log(`request failed: ${e instanceof Error ? e.message : String(e)}`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  const io = attachSocketServer(server, { db, apiToken: env.VIGIA_API_TOKEN ?? null, hub: changeStream.hub });
  // Behind node:cluster (or a balancer without sticky sessions) the polls of one long-polling session would
  // land on different processes, which do not share sessions; one WebSocket is one connection, so it stays.
  if (opts.websocketOnly) io.engine.opts.transports = ["websocket"];
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
      await rawLog.drained();
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
