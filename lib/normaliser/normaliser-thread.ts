import { Worker } from "node:worker_threads";
import type { FromNormaliser, ToNormaliser } from "./normaliser-messages";

const RESTART_DELAY_MS = 1000;

/**
 * Runs the normaliser (lib/normaliser/normaliser-worker.ts) in a worker thread. A crashed thread is restarted:
 * whatever it had not committed is still unprocessed in the raw log. Nothing here tells it of new raw events:
 * it hears the raw log's own notification, from whichever process stored them (normaliser-leadership.ts).
 */
export class NormaliserThread {
  private worker: Worker | undefined;
  private stopping = false;
  private pressure = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly log: (m: string) => void,
  ) {}

  start(): Promise<void> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(new URL("./worker-entry.mjs", import.meta.url), {
        workerData: { entry: new URL("./normaliser-worker.ts", import.meta.url).href, databaseUrl: this.databaseUrl },
      });
      this.worker = worker;
      worker.on("message", (m: FromNormaliser) => {
        if (m.type === "ready") resolve();
        if (m.type === "error") this.log(`normaliser: ${m.message}`);
        if (m.type === "leader") this.log(m.leader ? "this process is the normaliser" : "this process is no longer the normaliser");
      });
      worker.on("error", (e) => {
        this.log(`normaliser thread failed: ${e.message}`);
        reject(e);
      });
      worker.on("exit", (code) => {
        if (this.stopping || this.worker !== worker) return;
        this.log(`normaliser thread exited (${code}); restarting`);
        setTimeout(() => void this.start().catch(() => {}), RESTART_DELAY_MS).unref();
      });
    });
  }

  /** Relays ingest pressure to the thread (see Normaliser.setPressure); only changes are sent. */
  setPressure(on: boolean): void {
    if (on === this.pressure) return;
    this.pressure = on;
    this.send({ type: "pressure", on });
  }

  /** Lets the batch in flight commit, then ends the thread. */
  async stop(): Promise<void> {
    this.stopping = true;
    const worker = this.worker;
    if (!worker) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 10_000);
      worker.on("message", (m: FromNormaliser) => {
        if (m.type === "stopped") {
          clearTimeout(timer);
          resolve();
        }
      });
      this.send({ type: "stop" });
    });
    await worker.terminate();
  }

  private send(m: ToNormaliser): void {
    this.worker?.postMessage(m);
  }
}
