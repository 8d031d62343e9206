import cluster, { type Worker } from "node:cluster";

const RESTART_DELAY_MS = 1_000;

type ReadyMessage = { type: "vigia:ready"; port: number; webhookSecret: string };

export type RunningCluster = { port: number; webhookSecret: string; stop(): Promise<void> };

/**
 * VIGIA_PROCESSES=N on one machine: N copies of server.ts as node:cluster workers sharing one listening port
 * (the primary hands out connections in turn) and one database, prepared once by the primary beforehand.
 * Every worker is a whole Vigia (routes, sockets, its own change stream, a normaliser thread that leads only
 * while it holds the lock), so the primary does nothing but start, restart and stop them. Sockets are
 * WebSocket-only there (lib/runtime/start-vigia.ts): a WebSocket is one connection, so it stays with one
 * worker, which is all the stickiness Socket.IO needs once the change stream comes from the table.
 */
export async function runCluster(o: {
  processes: number;
  databaseUrl: string;
  setupCode: string | null;
  log: (m: string) => void;
}): Promise<RunningCluster> {
  let stopping = false;
  // The slot (1…N) names the worker's own spool folder (lib/runtime/spool-dirs.ts); a replacement reuses it.
  const fork = (slot: number): Promise<ReadyMessage> => {
    const worker = cluster.fork({ DATABASE_URL: o.databaseUrl, VIGIA_PROCESS_SLOT: String(slot), VIGIA_SETUP_CODE: o.setupCode ?? "" });
    return new Promise((resolve, reject) => {
      worker.on("message", (m: ReadyMessage) => {
        if (m?.type === "vigia:ready") resolve(m);
      });
      worker.once("exit", (code, signal) => {
        reject(new Error(`server process ${worker.process.pid} exited (${signal ?? code}) before it was ready`));
        if (stopping) return;
        o.log(`server process ${worker.process.pid} exited (${signal ?? code}); starting another`);
        setTimeout(() => {
          if (!stopping) void fork(slot).catch((e: Error) => o.log(e.message));
        }, RESTART_DELAY_MS).unref();
      });
    });
  };
  const ready = await Promise.all(Array.from({ length: o.processes }, (_, i) => fork(i + 1)));
  const first = ready[0] as ReadyMessage;
  return {
    port: first.port,
    webhookSecret: first.webhookSecret,
    async stop() {
      stopping = true;
      const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
      await Promise.all(
        workers.map(
          (w) =>
            new Promise<void>((resolve) => {
              if (w.isDead()) return resolve();
              w.once("exit", () => resolve());
              // Each worker finishes its in-flight requests and its normaliser batch (server.ts's shutdown).
              w.process.kill("SIGTERM");
            }),
        ),
      );
    },
  };
}

/** In a worker: tell the primary this process is listening. */
export function reportReady(port: number, webhookSecret: string): void {
  const m: ReadyMessage = { type: "vigia:ready", port, webhookSecret };
  process.send?.(m);
}
