import type { Db } from "@/lib/db/client";
import { NORMALISER_LEADER_LOCK } from "./normaliser-leadership";

/**
 * Whether some Vigia process holds the normaliser's leadership on this database (its session advisory lock,
 * lib/normaliser/normaliser-leadership.ts), and that process's connection name, which carries its pid. A lock
 * key below 2³² is stored as classid 0, objid = the key, objsubid 1 (PostgreSQL's pg_locks documentation).
 */
export async function findNormaliserLeader(db: Db): Promise<{ running: boolean; applicationName: string | null }> {
  const rows = await db.$queryRaw<{ name: string | null }[]>`
    SELECT a.application_name AS name
      FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid
     WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 AND l.objid = ${NORMALISER_LEADER_LOCK}::oid AND l.objsubid = 1
       AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
     LIMIT 1`;
  return { running: rows.length > 0, applicationName: rows[0]?.name ?? null };
}
