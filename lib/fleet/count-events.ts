import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";

export type TBucketMs = 60_000 | 3_600_000;
/** Per instance: [bucket start (epoch ms), webhooks received in it], only buckets that had any. */
export type TEventCounts = Record<string, [number, number][]>;

/**
 * Webhooks received per minute (or per hour) since `since`, per instance, one grouped query over the raw log.
 * Only the window is read: the BRIN index on received_at (migration 20261202074500_raw_event_received_brin) lets
 * Postgres skip the older part of the log, which is nearly all of it. Not the analytics rollups: a sparkline
 * needs only counts, and the raw log has them the moment a webhook is stored.
 */
export async function countEvents(db: Db, o: { since: Date; bucketMs: TBucketMs; instanceId?: string }): Promise<TEventCounts> {
  const unit = o.bucketMs === 60_000 ? "minute" : "hour";
  const rows = await db.$queryRaw<{ instance: string; bucket: Date; n: number }[]>`
    SELECT instance_id AS instance, date_trunc(${unit}, received_at) AS bucket, count(*)::int AS n
      FROM raw_event
     WHERE received_at >= ${o.since} AND instance_id IS NOT NULL
       ${o.instanceId ? Prisma.sql`AND instance_id = ${o.instanceId}` : Prisma.empty}
     GROUP BY 1, 2`;
  const out: TEventCounts = {};
  for (const r of rows) (out[r.instance] ??= []).push([r.bucket.getTime(), r.n]);
  return out;
}
