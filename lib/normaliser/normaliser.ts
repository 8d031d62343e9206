import type { Db } from "@/lib/db/client";
import { FIRST_BATCH_LIMIT, nextBatchLimit } from "./next-batch-limit";
import { normaliseBatch } from "./normalise-batch";

const POLL_MS = 1000;
/** Under ingest pressure, rest this many times as long as each batch took: about a third of the CPU. */
const PRESSURE_REST_FACTOR = 2;
const MAX_REST_MS = 500;

/**
 * Runs normaliseBatch whenever the raw log grows (kick) and on a slow poll (crash recovery, other
 * processes' appends), one batch at a time. It announces nothing itself: the change rows each batch commits
 * are read from the table by every process (lib/changes/start-change-stream.ts).
 */
export class Normaliser {
  private running = false;
  private again = false;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<void> = Promise.resolve();
  private pressure = false;

  constructor(
    private readonly db: Db,
    private readonly onError: (e: unknown) => void = (e) => console.error("[normaliser]", e),
  ) {}

  start(): void {
    this.timer = setInterval(() => this.kick(), POLL_MS);
    this.timer.unref();
    this.kick();
  }

  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    this.current = this.drain().finally(() => {
      this.running = false;
    });
  }

  /**
   * While webhooks queue up faster than they commit, the normaliser yields most of its CPU to them: storing
   * every webhook is the part that cannot be redone; the live view catches up when the burst is over.
   */
  setPressure(on: boolean): void {
    this.pressure = on;
  }

  /** Lets the batch in flight finish, then stops. Anything left is picked up at the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.current;
  }

  private async drain(): Promise<void> {
    do {
      this.again = false;
      try {
        let limit = FIRST_BATCH_LIMIT;
        for (;;) {
          const started = performance.now();
          const outcome = await normaliseBatch(this.db, limit);
          if (outcome.processed === 0 || this.stopped) break;
          limit = nextBatchLimit(limit, outcome.processed);
          if (this.pressure) {
            const rest = Math.min(MAX_REST_MS, (performance.now() - started) * PRESSURE_REST_FACTOR);
            await new Promise((r) => setTimeout(r, rest));
          }
        }
      } catch (error) {
        this.onError(error);
      }
    } while (this.again && !this.stopped);
  }
}
