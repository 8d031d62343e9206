import type { Prisma } from "@/lib/generated/prisma/client";
import type { HourlyHistory } from "./silence-threshold";

const WINDOW_DAYS = 28;
/** The key of the whole installation's history in loadHourlyHistories' answer. */
export const ALL_INSTANCES = "";

/**
 * Webhooks received per hour of the week over the last four weeks, per instance and for all of them together
 * (ALL_INSTANCES), with how many weeks of history each has (less than one for a new instance). One grouped scan
 * of the window for every instance at once; the alert loop keeps the answer for an hour (detect-silence.ts).
 */
export async function loadHourlyHistories(tx: Prisma.TransactionClient, now: Date): Promise<Map<string, HourlyHistory>> {
  const since = new Date(now.getTime() - WINDOW_DAYS * 86_400_000);
  const rows = await tx.$queryRaw<{ instance: string | null; how: number; n: number; first: Date }[]>`
    SELECT instance_id AS instance,
           (extract(dow FROM received_at AT TIME ZONE 'UTC') * 24 + extract(hour FROM received_at AT TIME ZONE 'UTC'))::int AS how,
           count(*)::int AS n, min(received_at) AS first
      FROM raw_event
     WHERE received_at >= ${since} AND received_at < ${now}
     GROUP BY 1, 2`;
  const acc = new Map<string, { counts: number[]; first: number }>();
  const add = (key: string, how: number, n: number, first: Date) => {
    let a = acc.get(key);
    if (!a) acc.set(key, (a = { counts: Array.from({ length: 168 }, () => 0), first: Infinity }));
    a.counts[how] = (a.counts[how] ?? 0) + n;
    a.first = Math.min(a.first, first.getTime());
  };
  for (const r of rows) {
    if (r.instance !== null) add(r.instance, r.how, r.n, r.first);
    add(ALL_INSTANCES, r.how, r.n, r.first);
  }
  const weekMs = 7 * 86_400_000;
  return new Map([...acc].map(([k, a]) => [k, { counts: a.counts, weeks: (now.getTime() - a.first) / weekMs }]));
}
