import type { Db } from "@/lib/db/client";
import { appendChanges } from "@/lib/changes/append-changes";
import { detectSilence, HistoryCache, pollSuspects } from "@/lib/incidents/detect-silence";
import { trackConnectionIncidents } from "@/lib/incidents/track-connection-incidents";
import { scheduleDeliveries } from "./schedule-deliveries";
import { sendDueDeliveries } from "./send-due-deliveries";

/** Arbitrary constant: the transaction-level advisory lock of one alert tick, so one process decides at a time. */
export const ALERT_TICK_LOCK = 726_194_304;
const TICK_MS = 1_000;

export type AlertLoop = { tick(now?: Date): Promise<boolean>; stop(): Promise<void> };

/**
 * The alert loop, started in every process (lib/runtime/start-vigia.ts); each tick runs in exactly one of them,
 * the one that gets the tick's advisory lock. A tick: connection events → disconnection incidents, silence
 * → silent incidents, incidents + policy → due deliveries, all in one transaction with their changes (so every
 * dashboard sees them, lib/changes/append-changes.ts); then, outside it (the network is slow), it asks Z-API
 * about suspected silences for the next tick and sends what is due. Everything it knows is in
 * tables, so a restart forgets nothing and repeats nothing: a delivery due while no process ran is sent at
 * the first tick after.
 */
export function startAlertLoop(o: { db: Db; publicUrl: string | null; log: (m: string) => void; everyMs?: number }): AlertLoop {
  const cache = new HistoryCache();
  let current: Promise<unknown> = Promise.resolve();
  let stopped = false;

  const tick = async (now = new Date()): Promise<boolean> => {
    const decided = await o.db.$transaction(async (tx) => {
      const [lock] = await tx.$queryRaw<{ ok: boolean }[]>`SELECT pg_try_advisory_xact_lock(${ALERT_TICK_LOCK}::bigint) AS ok`;
      if (!lock?.ok) return false;
      const drafts = [...(await trackConnectionIncidents(tx)), ...(await detectSilence(tx, now, cache)), ...(await scheduleDeliveries(tx, now))];
      await appendChanges(tx, drafts);
      return true;
    });
    if (decided) {
      await pollSuspects(o.db, now, cache);
      await sendDueDeliveries(o.db, now, o.publicUrl);
    }
    return decided;
  };

  const timer = setInterval(() => {
    if (stopped) return;
    current = current.then(() => tick()).catch((e: unknown) => o.log(`alert loop: ${e instanceof Error ? e.message : String(e)}`));
  }, o.everyMs ?? TICK_MS);
  timer.unref();

  return {
    tick: (now) => (current = current.then(() => tick(now))) as Promise<boolean>,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await current.catch(() => {});
    },
  };
}
