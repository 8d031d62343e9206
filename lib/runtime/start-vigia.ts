import { createServer, type Server } from "node:http";
import path from "node:path";
import next from "next";
import pg from "pg";
import { ensureAdmin } from "@/lib/auth/ensure-admin";
import { expireChanges } from "@/lib/changes/expire-changes";
import { getHeadSeq } from "@/lib/changes/get-head-seq";
import { getOldestSeq } from "@/lib/changes/get-oldest-seq";
import { listChangesAfter } from "@/lib/changes/list-changes-after";
import type { TEnv } from "@/lib/config/env";
import { applyMigrations } from "@/lib/db/apply-migrations";
import { createPrisma } from "@/lib/db/client";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { RawLog } from "@/lib/ingest/raw-log";
import { NormaliserThread } from "@/lib/pipeline/normaliser-thread";
import { watchIngestPressure } from "@/lib/pipeline/watch-ingest-pressure";
import { ChangeHub } from "@/lib/realtime/change-hub";
import { attachSocketServer } from "@/lib/realtime/socket-server";
import { ensureWebhookSecret } from "@/lib/settings/ensure-webhook-secret";
import { RejectedWebhookCounter } from "@/lib/settings/rejected-webhooks";
import { setRuntime } from "./runtime";

export type RunningVigia = { server: Server; port: number; webhookSecret: string; embedded: boolean; stop(): Promise<void> };

/** Starts everything in order: database, migrations, runtime, Next, Socket.IO, normaliser, listen. */
export async function startVigia(env: TEnv, opts: { dev: boolean; log: (m: string) => void }): Promise<RunningVigia> {
  const embedded = env.DATABASE_URL ? null : await startEmbeddedPostgres(path.resolve(env.VIGIA_DATA_DIR), opts.log);
  const databaseUrl = env.DATABASE_URL ?? embedded!.url;
  const applied = await applyMigrations(databaseUrl);
  if (applied.length) opts.log(`applied migrations: ${applied.join(", ")}`);

  const pool = new pg.Pool({ connectionString: databaseUrl, max: 12 });
  pool.on("error", (e) => opts.log(`database connection error: ${e.message}`));
  const db = createPrisma(databaseUrl, 8);
  const webhookSecret = await ensureWebhookSecret(db, env.VIGIA_WEBHOOK_SECRET);
  if (env.VIGIA_ADMIN_EMAIL && env.VIGIA_ADMIN_PASSWORD) await ensureAdmin(db, env.VIGIA_ADMIN_EMAIL, env.VIGIA_ADMIN_PASSWORD);

  const hub = new ChangeHub({
    listAfter: (seq, limit) => listChangesAfter(db, seq, limit),
    oldestSeq: () => getOldestSeq(db),
    headSeq: () => getHeadSeq(db),
  });
  const normaliser = new NormaliserThread(databaseUrl, (changes) => hub.publish(changes), opts.log);
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
  const io = attachSocketServer(server, { db, apiToken: env.VIGIA_API_TOKEN ?? null, hub });
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
        io.close().catch((error: unknown) => opts.log(`Socket.IO did not close cleanly: ${String(error)}`));
      });
      clearInterval(housekeeping);
      stopWatching();
      await rawLog.drained();
      await normaliser.stop();
      await rejected.flush();
      await db.$disconnect();
      await pool.end();
      await app.close?.();
      setRuntime(undefined);
      if (embedded) await embedded.stop();
    })());
  return { server, port, webhookSecret, embedded: !!embedded, stop };
}
