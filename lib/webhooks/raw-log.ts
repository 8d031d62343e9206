import type pg from "pg";
import { isConnectionError } from "./is-connection-error";

export type RawEventDraft = {
  /** Idempotency key (lib/webhooks/idempotency-key.ts): the same event stored twice stays one row. */
  key: string;
  body: string;
  bodyEncoding: "utf8" | "base64";
  headers: Record<string, string>;
  type: string | null;
  instanceId: string | null;
  /** "pending" for JSON bodies (the normaliser decides ok/unrecognized), "invalid" otherwise. */
  result: "pending" | "invalid";
  error: string | null;
  /** When the request arrived; set for spooled events, so the log keeps their real arrival time. */
  receivedAt?: string;
};

/**
 * The raw log could not commit in time (or is full): the caller should keep the event elsewhere (the spool).
 * Recognise it with isRawLogUnavailable, not instanceof: route handlers are bundled apart from server.ts,
 * which owns the RawLog, so each side has its own copy of this class (ENVIRONMENT.md, Next.js 16).
 */
export class RawLogUnavailable extends Error {
  override readonly name = "RawLogUnavailable";
}

export function isRawLogUnavailable(e: unknown): e is RawLogUnavailable {
  return e instanceof Error && e.name === "RawLogUnavailable";
}

type Waiter = { draft: RawEventDraft; bytes: number; resolve(id: string): void; reject(e: unknown): void; timer?: NodeJS.Timeout };

const MAX_BATCH_ROWS = 500;
const MAX_IN_FLIGHT = 2;

export type RawLogLimits = {
  /** Longest wait for a commit before `append` gives up with RawLogUnavailable (VIGIA_SPOOL_AFTER_MS). */
  commitWithinMs: number;
  /** Bounds of the in-memory queue; beyond either, `append` gives up at once instead of waiting. */
  maxQueuedRows: number;
  maxQueuedBytes: number;
};

const DEFAULT_LIMITS: RawLogLimits = { commitWithinMs: 2000, maxQueuedRows: 5000, maxQueuedBytes: 64 * 1024 * 1024 };

/**
 * The durable append path for webhooks, with group commit: requests that arrive while a commit is in flight
 * wait for the next one and share a single INSERT and COMMIT. Each `append` resolves only after its row is
 * committed, so a 2xx answered after it can never be lost. Two commits may be in flight, so a request never
 * waits for a whole earlier round trip; ids of the two may then commit out of order by a few milliseconds,
 * which the normaliser tolerates (it takes whatever is unprocessed, oldest id first, and every apply is
 * order-independent).
 *
 * It never waits without bound: a full queue, or no commit within `commitWithinMs`, rejects with
 * RawLogUnavailable, and the caller spools the event (lib/webhooks/spool.ts). A commit that lands after that
 * is harmless: the spooled copy carries the same idempotency key and is skipped when drained.
 */
export class RawLog {
  private queue: Waiter[] = [];
  private queuedBytes = 0;
  private inFlight = 0;
  private idle: Array<() => void> = [];
  private readonly limits: RawLogLimits;
  private insertCount = 0;

  /**
   * Nothing is told of a commit: the INSERT's statement trigger notifies `vigia_raw` after it
   * (prisma/migrations/20261201140000_raw_event_notify), and the normaliser's leader, in whichever process,
   * listens to it (lib/normaliser/normaliser-leadership.ts).
   */
  constructor(
    private readonly pool: pg.Pool,
    limits: Partial<RawLogLimits> = {},
  ) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  append(draft: RawEventDraft): Promise<string> {
    const bytes = draft.body.length;
    if (this.queue.length >= this.limits.maxQueuedRows || this.queuedBytes + bytes > this.limits.maxQueuedBytes) {
      return Promise.reject(new RawLogUnavailable("raw log queue full"));
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { draft, bytes, resolve, reject };
      waiter.timer = setTimeout(() => {
        // Still queued: take it out, so it is not inserted later by a batch nobody waits for.
        const at = this.queue.indexOf(waiter);
        if (at >= 0) {
          this.queue.splice(at, 1);
          this.queuedBytes -= bytes;
        }
        reject(new RawLogUnavailable(`no commit within ${this.limits.commitWithinMs} ms`));
      }, this.limits.commitWithinMs);
      this.queue.push(waiter);
      this.queuedBytes += bytes;
      if (this.inFlight < MAX_IN_FLIGHT) this.flush().catch(reject);
    });
  }

  /** INSERT statements sent so far (each one commit): with the rows appended, the group commit's batching. */
  get inserts(): number {
    return this.insertCount;
  }

  /** Rows waiting for a commit right now (in memory). */
  get queued(): number {
    return this.queue.length;
  }

  /** Resolves when nothing is queued or in flight (used at shutdown). */
  drained(): Promise<void> {
    if (this.inFlight === 0 && this.queue.length === 0) return Promise.resolve();
    return new Promise((r) => this.idle.push(r));
  }

  private async flush(): Promise<void> {
    this.inFlight++;
    // Let requests that are already being read join this commit.
    await new Promise((r) => setImmediate(r));
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_BATCH_ROWS);
      for (const w of batch) this.queuedBytes -= w.bytes;
      const settle = (w: Waiter, id: string | undefined, error?: unknown) => {
        clearTimeout(w.timer);
        if (id) w.resolve(id);
        else w.reject(error ?? new Error("row not stored"));
      };
      try {
        this.insertCount++;
        const ids = await insertRawEvents(this.pool, batch.map((w) => w.draft));
        for (const w of batch) settle(w, ids.get(w.draft.key));
      } catch (error) {
        // One unstorable row must not fail the requests it happened to share a commit with. The retry cannot
        // duplicate a row: if the batch did commit (the connection dropped after COMMIT), every key conflicts.
        // An outage fails them all alike: no row-by-row retry then (each would wait for its own timeout).
        if (batch.length === 1 || isConnectionError(error)) for (const w of batch) settle(w, undefined, error);
        else
          for (const w of batch)
            await insertRawEvents(this.pool, [w.draft]).then(
              (ids) => settle(w, ids.get(w.draft.key)),
              (e) => settle(w, undefined, e),
            );
      }
    }
    this.inFlight--;
    if (this.inFlight === 0 && this.queue.length === 0) for (const r of this.idle.splice(0)) r();
  }
}

/**
 * Inserts raw events in the given order (one statement, autocommit) and returns each one's id by its
 * idempotency key. A key already in the log is not inserted again; its existing row's id is returned.
 */
export async function insertRawEvents(pool: pg.Pool | pg.PoolClient, drafts: RawEventDraft[]): Promise<Map<string, string>> {
  const col = <K extends keyof RawEventDraft>(k: K) => drafts.map((d) => d[k] ?? null);
  const { rows } = await pool.query<{ id: string; key: string }>(
    `INSERT INTO raw_event (idempotency_key, received_at, body, body_encoding, headers, type, instance_id, result, error)
     SELECT k, coalesce(a, now()), b, e, h::jsonb, t, i, r, x
       FROM unnest($1::uuid[], $2::timestamptz[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
            WITH ORDINALITY AS u(k, a, b, e, h, t, i, r, x, n)
      ORDER BY n
     ON CONFLICT (idempotency_key) DO NOTHING
     RETURNING id, idempotency_key AS key`,
    [
      col("key"),
      col("receivedAt"),
      col("body"),
      col("bodyEncoding"),
      drafts.map((d) => JSON.stringify(d.headers)),
      col("type"),
      col("instanceId"),
      col("result"),
      col("error"),
    ],
  );
  const ids = new Map(rows.map((r) => [r.key, String(r.id)]));
  const missing = drafts.filter((d) => !ids.has(d.key)).map((d) => d.key);
  if (missing.length) {
    const existing = await pool.query<{ id: string; key: string }>(
      "SELECT id, idempotency_key AS key FROM raw_event WHERE idempotency_key = ANY($1::uuid[])",
      [missing],
    );
    for (const r of existing.rows) ids.set(r.key, String(r.id));
  }
  return ids;
}
