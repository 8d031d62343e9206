import type pg from "pg";
import { drainSpool } from "./drain-spool";
import type { Spool } from "./spool";

const FIRST_RETRY_MS = 200;
const MAX_RETRY_MS = 2000;

/**
 * Runs drainSpool whenever the spool holds events: right after an event was spooled (kick), and again with
 * a growing delay (up to 2 s) while the database does not answer, so the spool empties soon after it is back.
 */
export class SpoolDrainer {
  private running: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private delay = FIRST_RETRY_MS;
  private stopped = false;
  private failing = false;

  constructor(
    private readonly spool: Spool,
    private readonly pool: pg.Pool,
    private readonly opts: { log: (m: string) => void },
  ) {}

  /** Drains now if nothing is running or scheduled; otherwise the scheduled run will see the new events. */
  kick(): void {
    if (this.running || this.timer || this.stopped) return;
    this.running = this.run().finally(() => (this.running = undefined));
  }

  /** Drains until the spool is empty (at start, before the normaliser runs); retries while the database fails. */
  async drainAll(): Promise<void> {
    while (this.spool.waiting > 0 && !this.stopped) {
      await this.running;
      if (this.timer) {
        clearTimeout(this.timer);
        this.timer = undefined;
      }
      const ok = await this.attempt();
      if (!ok) await new Promise((r) => setTimeout(r, this.nextDelay()));
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private async run(): Promise<void> {
    if (await this.attempt()) {
      this.delay = FIRST_RETRY_MS;
      if (this.spool.waiting === 0) return;
    }
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.kick();
    }, this.nextDelay());
    this.timer.unref();
  }

  private async attempt(): Promise<boolean> {
    try {
      const moved = await drainSpool(this.spool, this.pool, this.opts.log);
      // The raw log's INSERT notifies the normaliser itself (prisma/migrations/20261201140000_raw_event_notify).
      if (moved) this.opts.log(`spool: ${moved} event(s) kept on disk while the database was unavailable are now in the raw log`);
      this.delay = FIRST_RETRY_MS;
      this.failing = false;
      return true;
    } catch (e) {
      // Said once per outage, not on every retry.
      if (!this.failing) this.opts.log(`spool: ${this.spool.waiting} event(s) wait on disk; the database does not take them yet (${e instanceof Error ? e.message : String(e)}), retrying`);
      this.failing = true;
      return false;
    }
  }

  private nextDelay(): number {
    const d = this.delay;
    this.delay = Math.min(MAX_RETRY_MS, this.delay * 2);
    return d;
  }
}
