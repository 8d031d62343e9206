import type { Db } from "@/lib/db/client";
import type { TChangeDto } from "@/lib/schemas/dto";
import { normaliseBatch } from "./normalise-batch";

const POLL_MS = 1000;

/**
 * Runs normaliseBatch whenever the raw log grows (kick) and on a slow poll (crash recovery, other
 * processes' appends), one batch at a time, publishing each batch's changes after its commit.
 */
export class Normaliser {
  private running = false;
  private again = false;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly publish: (changes: TChangeDto[]) => void,
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
        for (;;) {
          const outcome = await normaliseBatch(this.db);
          if (outcome.changes.length) this.publish(outcome.changes);
          if (outcome.processed === 0 || this.stopped) break;
        }
      } catch (error) {
        this.onError(error);
      }
    } while (this.again && !this.stopped);
  }
}
