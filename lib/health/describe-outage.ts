import type { VigiaRuntime } from "@/lib/runtime/runtime";

export type TOutage = {
  ok: false;
  database: { ok: false; error: "database unavailable" };
  spool: { waitingOnDisk: number; writable: boolean };
};

/**
 * What /api/health says while the database is down and so a session cannot be checked: only that, and how
 * many webhooks wait on disk. It reads nothing from the database and holds no user content, instance id or
 * path, so it is safe for a caller we cannot identify; with the database back, health needs a login again.
 */
export function describeOutage(rt: Pick<VigiaRuntime, "spool">): TOutage {
  return {
    ok: false,
    database: { ok: false, error: "database unavailable" },
    spool: { waitingOnDisk: rt.spool.waiting, writable: rt.spool.problem === null },
  };
}
