import type { VigiaRuntime } from "@/lib/runtime/runtime";
import { readRejectedWebhooks } from "@/lib/settings/rejected-webhooks";

export type THealth = {
  ok: boolean;
  process: { uptimeSeconds: number; startedAt: string; memoryMb: number; node: string };
  database: { ok: boolean; latencyMs: number | null; error: string | null };
  pipeline: { pendingEvents: number | null; lastEventAt: string | null; rejectedWebhooks: number; lastRejectedAt: string | null };
  spool: TSpoolHealth;
};

/** Webhooks kept on disk while the database could not take them (lib/webhooks/spool.ts). */
export type TSpoolHealth = { waitingOnDisk: number; writable: boolean; problem: string | null };

export function spoolHealth(rt: Pick<VigiaRuntime, "spool">): TSpoolHealth {
  return { waitingOnDisk: rt.spool.waiting, writable: rt.spool.problem === null, problem: rt.spool.problem };
}

/** Process and database health, plus the numbers that tell whether webhooks flow. */
export async function checkHealth(rt: VigiaRuntime): Promise<THealth> {
  const started = performance.now();
  let database: THealth["database"] = { ok: true, latencyMs: null, error: null };
  let pipeline: THealth["pipeline"] = { pendingEvents: null, lastEventAt: null, rejectedWebhooks: 0, lastRejectedAt: null };
  try {
    await rt.pool.query("SELECT 1");
    database.latencyMs = Math.round((performance.now() - started) * 10) / 10;
    const { rows } = await rt.pool.query<{ pending: string; last: Date | null }>(
      "SELECT (SELECT count(*) FROM raw_event WHERE processed_at IS NULL) AS pending, (SELECT received_at FROM raw_event ORDER BY id DESC LIMIT 1) AS last",
    );
    const rejected = await readRejectedWebhooks(rt.db);
    pipeline = {
      pendingEvents: Number(rows[0]?.pending ?? 0),
      lastEventAt: rows[0]?.last?.toISOString() ?? null,
      rejectedWebhooks: rejected.count,
      lastRejectedAt: rejected.lastAt,
    };
  } catch (e) {
    database = { ok: false, latencyMs: null, error: e instanceof Error ? e.message : "unreachable" };
  }
  return {
    ok: database.ok,
    process: {
      uptimeSeconds: Math.round(process.uptime()),
      startedAt: rt.startedAt.toISOString(),
      memoryMb: Math.round(process.memoryUsage().rss / 1048576),
      node: process.version,
    },
    database,
    pipeline,
    spool: spoolHealth(rt),
  };
}
