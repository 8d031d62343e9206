import os from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { activityPerWebhook, type DatabaseActivity, readDatabaseActivity } from "./database-activity";
import { countRows, findMissingIds } from "./find-missing-ids";
import { readNormaliserWaits } from "./normaliser-wait";
import { runLoad, type Sample } from "./load";
import { watchSocket } from "./measure-socket";
import { summarize, type LatencySummary } from "./percentiles";

export type Target = {
  name: string;
  url: string;
  /** Where acknowledged webhooks must show up; absent for the no-op floor, which stores nothing. */
  pipeline?: { socketUrl: string; token: string; databaseUrl: string; table: "raw_event" | "bench_raw" };
};

export type Phases = {
  bodies: readonly Buffer[];
  concurrency: number;
  /** Requests per second cap (see LoadOptions.rate). */
  rate?: number;
  /** Index of the first body, so a second phase on the same database sends new events, not the first ones again. */
  firstBody?: number;
  warmupMs: number;
  durationMs: number;
  /** After the load, keep waiting for announcements while they still arrive, until none came for `stallMs`… */
  stallMs: number;
  /** …or `maxDrainMs` passed: a pipeline that is slow but working is told apart from one that lost events. */
  maxDrainMs: number;
};

export type TargetResult = {
  name: string;
  requests: number;
  perSecond: number;
  post: LatencySummary | null;
  toSocket: LatencySummary | null;
  statuses: Map<string, number>;
  /** Acknowledged (2xx) during warm-up and measurement, and how many of them were never stored or never announced. */
  acked: number;
  ackedWithoutId: number;
  /** Acknowledged as kept in the spool (no id to follow); `rowsStored` tells whether they reached the raw log. */
  spooled: number;
  /** Rows this target's phase added to its table (after the drain): at least the acknowledged ones, spooled included. */
  rowsStored: number | null;
  missingInDb: number | null;
  missingOnSocket: number | null;
  /** How long after the load stopped the last acknowledged webhook was announced (the backlog's drain time). */
  drainMs: number | null;
  /** Acknowledged but not yet on the socket `NOT_SEEN_AFTER_MS` after the load stopped (a backlog, or lost). */
  notSeenAfterLoad: number | null;
  /** The request rate asked for (paced), or null at saturation (as fast as answers come back). */
  rate: number | null;
  /** Where the next phase on the same database should continue in `bodies`. */
  nextBody: number;
  /** PostgreSQL's work per acknowledged webhook, from warm-up to the end of the drain (pg_stat_database). */
  perWebhook: DatabaseActivity | null;
  /** Vigia only: how long the measured webhooks waited in the raw log for the normaliser (normaliser-wait.ts). */
  normaliserWait: LatencySummary | null;
};

/** The done-when of issue 6 counts what is still missing from the socket this long after the load stops. */
export const NOT_SEEN_AFTER_MS = 3_000;

/** Warm-up, then a measured phase of fixed duration, then the check that every 2xx reached the database and a socket. */
export async function measureTarget(target: Target, phases: Phases, log: (m: string) => void): Promise<TargetResult> {
  const watch = target.pipeline ? await watchSocket(target.pipeline.socketUrl, target.pipeline.token) : null;
  const activityBefore = target.pipeline ? await readDatabaseActivity(target.pipeline.databaseUrl) : null;
  const rowsBefore = target.pipeline ? await countRows(target.pipeline.databaseUrl, target.pipeline.table) : 0;
  try {
    // The machines are shared: the load average tells a reader whether a target ran on a busy machine.
    log(`${target.name}: warm-up ${phases.warmupMs / 1000}s… (load average ${os.loadavg()[0]?.toFixed(2)})`);
    const warm = await runLoad({ url: target.url, bodies: phases.bodies, concurrency: phases.concurrency, durationMs: phases.warmupMs, rate: phases.rate, firstBody: phases.firstBody });
    log(`${target.name}: measuring ${phases.durationMs / 1000}s at ${phases.concurrency} connections…`);
    const run = await runLoad({ url: target.url, bodies: phases.bodies, concurrency: phases.concurrency, durationMs: phases.durationMs, firstBody: warm.nextBody, rate: phases.rate });

    const statuses = new Map<string, number>();
    for (const s of run.samples) {
      const key = s.error ? `error: ${s.error}` : String(s.status);
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
    }
    const ok = (s: Sample) => s.status >= 200 && s.status < 300;
    const all = [...warm.samples, ...run.samples].filter(ok);
    const ackedIds = all.flatMap((s) => (s.id === null ? [] : [s.id]));
    const result: TargetResult = {
      name: target.name,
      requests: run.samples.length,
      perSecond: (run.samples.filter(ok).length / run.elapsedMs) * 1000,
      post: summarize(run.samples.filter(ok).map((s) => s.latencyMs)),
      toSocket: null,
      statuses,
      acked: all.length,
      ackedWithoutId: target.pipeline ? all.filter((s) => s.id === null && !s.spooled).length : 0,
      spooled: all.filter((s) => s.spooled).length,
      rowsStored: null,
      missingInDb: null,
      missingOnSocket: null,
      drainMs: null,
      notSeenAfterLoad: null,
      rate: phases.rate ?? null,
      nextBody: run.nextBody,
      perWebhook: null,
      normaliserWait: null,
    };
    if (!target.pipeline || !watch) return result;

    const loadEnd = performance.now();
    const unseen = () => ackedIds.filter((id) => !watch.seen.has(id)).length;
    let left = unseen();
    let progressAt = loadEnd;
    if (left > 0) log(`${target.name}: waiting for ${left} acknowledged webhooks to be announced…`);
    while (left > 0 && performance.now() - progressAt < phases.stallMs && performance.now() - loadEnd < phases.maxDrainMs) {
      await sleep(100);
      const now = unseen();
      if (now < left) progressAt = performance.now();
      left = now;
    }
    result.missingOnSocket = left;
    const lastSeen = Math.max(...ackedIds.map((id) => watch.seen.get(id) ?? 0));
    result.drainMs = left === 0 ? Math.max(0, lastSeen - loadEnd) : null;
    result.notSeenAfterLoad = ackedIds.filter((id) => (watch.seen.get(id) ?? Number.POSITIVE_INFINITY) > loadEnd + NOT_SEEN_AFTER_MS).length;
    result.missingInDb = (await findMissingIds(target.pipeline.databaseUrl, target.pipeline.table, ackedIds)).length;
    result.rowsStored = (await countRows(target.pipeline.databaseUrl, target.pipeline.table)) - rowsBefore;
    const delays = run.samples.flatMap((s) => {
      const at = s.id === null || !ok(s) ? undefined : watch.seen.get(s.id);
      return at === undefined ? [] : [at - s.sentAt];
    });
    result.toSocket = summarize(delays);
    if (target.pipeline.table === "raw_event") {
      const measured = run.samples.flatMap((s) => (s.id !== null && ok(s) ? [s.id] : []));
      result.normaliserWait = summarize(await readNormaliserWaits(target.pipeline.databaseUrl, measured));
    }
    if (activityBefore && all.length > 0) {
      await sleep(1_500); // idle backends flush their counters within about a second
      const after = await readDatabaseActivity(target.pipeline.databaseUrl);
      result.perWebhook = activityPerWebhook(activityBefore, after, all.length);
    }
    return result;
  } finally {
    watch?.close();
  }
}
