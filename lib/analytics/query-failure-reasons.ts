import type { Db } from "@/lib/db/client";
import type { TAnalyticsWindow } from "./analytics-window";
import { instanceFilter } from "./instance-filter";

/** Failed sends in the period by reason (errorCode, else the error text), most frequent first, at most `limit`. */
export async function queryFailureReasons(db: Db, window: TAnalyticsWindow, instanceId: string | null, limit = 12): Promise<{ reason: string; count: number }[]> {
  return db.$queryRaw<{ reason: string; count: number }[]>`
    SELECT r.reason, sum(r.failures)::int AS count FROM analytics_failure_minute r
     WHERE r.minute >= ${window.from} AND r.minute < ${window.to} ${instanceFilter(instanceId)}
     GROUP BY r.reason HAVING sum(r.failures) > 0 ORDER BY count DESC, r.reason LIMIT ${limit}`;
}
