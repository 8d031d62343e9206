import http from "node:http";

/** One request as the load generator saw it; times are `performance.now()` of this process. */
/** `spooled`: Vigia kept it on disk (`{"ok":true,"spooled":true}`, the database did not commit in time); no id yet. */
export type Sample = { sentAt: number; latencyMs: number; status: number; id: string | null; spooled?: true; error?: string };

export type LoadOptions = {
  url: string;
  /** Request bodies, already serialised; taken in order and reused from the start when exhausted. */
  bodies: readonly Buffer[];
  concurrency: number;
  /** Stop starting requests after this long (ms), or after `maxRequests`, whichever comes first. */
  durationMs: number;
  maxRequests?: number;
  /** Index of the first body, so a measured phase continues where the warm-up stopped. */
  firstBody?: number;
  /** Cap on requests per second across all workers (paced sends); unset: as fast as answers come back. */
  rate?: number;
};

export type LoadResult = { samples: Sample[]; elapsedMs: number; nextBody: number };

/**
 * A closed-loop load generator: `concurrency` workers, each sends a POST and sends the next one as soon as
 * the answer arrives, over keep-alive sockets (one per worker). Uses node:http directly rather than fetch:
 * the generator shares the CPU with the server under test, so its own cost per request must be small.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const target = new URL(options.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const samples: Sample[] = [];
  const start = performance.now();
  const deadline = start + options.durationMs;
  const max = options.maxRequests ?? Number.POSITIVE_INFINITY;
  let next = options.firstBody ?? 0;
  let started = 0;
  const gapMs = options.rate ? 1000 / options.rate : 0;
  let slot = start;

  const worker = async (): Promise<void> => {
    while (performance.now() < deadline && started < max) {
      if (gapMs) {
        // Paced: each send takes the next slot of a fixed schedule, so the rate is what was asked for, not what
        // the server's answers allow (a realistic, steady webhook flow).
        slot += gapMs;
        const wait = slot - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        if (performance.now() >= deadline) break;
      }
      started++;
      const body = options.bodies[next++ % options.bodies.length] as Buffer;
      samples.push(await post(agent, target, body));
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const elapsedMs = performance.now() - start;
  agent.destroy();
  return { samples, elapsedMs, nextBody: next };
}

function post(agent: http.Agent, target: URL, body: Buffer): Promise<Sample> {
  const sentAt = performance.now();
  return new Promise((resolve) => {
    const fail = (error: Error) => resolve({ sentAt, latencyMs: performance.now() - sentAt, status: 0, id: null, error: error.message });
    const req = http.request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: "POST",
        headers: { "content-type": "application/json", "content-length": body.length },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("error", fail);
        res.on("end", () => {
          const status = res.statusCode ?? 0;
          const raw = Buffer.concat(chunks);
          const id = readId(raw);
          resolve({ sentAt, latencyMs: performance.now() - sentAt, status, id, ...(id === null && /"spooled":true/.test(raw.toString("utf8")) ? { spooled: true as const } : {}) });
        });
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error("timeout after 30 s")));
    req.on("error", fail);
    req.end(body);
  });
}

/** The raw event id from `{"ok":true,"id":"…"}`; null for an empty or non-JSON answer (the no-op floor). */
function readId(raw: Buffer): string | null {
  if (raw.length === 0) return null;
  try {
    const parsed: unknown = JSON.parse(raw.toString("utf8"));
    if (parsed !== null && typeof parsed === "object" && "id" in parsed) {
      const id = parsed.id;
      if (typeof id === "string" || typeof id === "number") return String(id);
    }
  } catch {
    // not JSON: no id to follow
  }
  return null;
}
