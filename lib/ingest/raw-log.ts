import type pg from "pg";

export type RawEventDraft = {
  body: string;
  bodyEncoding: "utf8" | "base64";
  headers: Record<string, string>;
  type: string | null;
  instanceId: string | null;
  /** "pending" for JSON bodies (the normaliser decides ok/unrecognized), "invalid" otherwise. */
  result: "pending" | "invalid";
  error: string | null;
};

type Waiter = { draft: RawEventDraft; resolve: (id: string) => void; reject: (e: unknown) => void };

const MAX_BATCH_ROWS = 500;
const MAX_IN_FLIGHT = 2;

/**
 * The durable append path for webhooks, with group commit: requests that arrive while a commit is in flight
 * wait for the next one and share a single INSERT and COMMIT. Each `append` resolves only after its row is
 * committed, so a 2xx answered after it can never be lost. Two commits may be in flight, so a request never
 * waits for a whole earlier round trip; ids of the two may then commit out of order by a few milliseconds,
 * which the normaliser tolerates (it takes whatever is unprocessed, oldest id first, and every apply is
 * order-independent).
 */
export class RawLog {
  private queue: Waiter[] = [];
  private inFlight = 0;
  private idle: Array<() => void> = [];

  constructor(
    private readonly pool: pg.Pool,
    private readonly onCommitted: () => void = () => {},
  ) {}

  append(draft: RawEventDraft): Promise<string> {
    return new Promise((resolve, reject) => {
      this.queue.push({ draft, resolve, reject });
      if (this.inFlight < MAX_IN_FLIGHT) this.flush().catch(reject);
    });
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
      try {
        const ids = await insertBatch(this.pool, batch.map((w) => w.draft));
        batch.forEach((w, i) => w.resolve(ids[i] as string));
      } catch (error) {
        // One unstorable row must not fail the requests it happened to share a commit with.
        if (batch.length === 1) batch[0]?.reject(error);
        else for (const w of batch) await insertBatch(this.pool, [w.draft]).then(([id]) => w.resolve(id as string), w.reject);
      }
      this.onCommitted();
    }
    this.inFlight--;
    if (this.inFlight === 0 && this.queue.length === 0) for (const r of this.idle.splice(0)) r();
  }
}

async function insertBatch(pool: pg.Pool, drafts: RawEventDraft[]): Promise<string[]> {
  const col = <K extends keyof RawEventDraft>(k: K) => drafts.map((d) => d[k]);
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO raw_event (body, body_encoding, headers, type, instance_id, result, error)
     SELECT b, e, h::jsonb, t, i, r, x
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
            WITH ORDINALITY AS u(b, e, h, t, i, r, x, n)
      ORDER BY n
     RETURNING id`,
    [
      col("body"),
      col("bodyEncoding"),
      drafts.map((d) => JSON.stringify(d.headers)),
      col("type"),
      col("instanceId"),
      col("result"),
      col("error"),
    ],
  );
  // Sequence values are drawn in insertion order, so ascending ids line up with the drafts.
  return rows.map((r) => BigInt(r.id)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map(String);
}
