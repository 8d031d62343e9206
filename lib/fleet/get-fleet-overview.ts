import type { Db } from "@/lib/db/client";
import { getUptime, type TUptime } from "@/lib/incidents/get-uptime";
import { incidentToDto } from "@/lib/incidents/incident-to-dto";
import type { TIncidentDto } from "@/lib/schemas/dto";
import { countEvents, type TEventCounts } from "./count-events";

/** The sparkline's window on the overview: the last hour, per minute. */
export const RATE_WINDOW_MS = 3_600_000;
/** How far back a failed message still shows on its instance's card. */
export const FAILED_WINDOW_MS = 86_400_000;

export type TFleetStats = { uptime: TUptime; stuck: number; failed: number };

/** What the fleet overview adds to the instances themselves; all of it read at `at`. */
export type TFleetOverview = {
  at: string;
  /** Open incidents, the installation-wide one ("no webhooks", instanceId null) included. */
  openIncidents: TIncidentDto[];
  stats: Record<string, TFleetStats>;
  /** Webhooks per minute over the last hour, per instance. */
  rate: TEventCounts;
};

const NO_UPTIME: TUptime = { "24h": null, "7d": null, "30d": null };

/** Uptime, open incidents, stuck and failed messages, and the event rate of every instance, in five queries. */
export async function getFleetOverview(db: Db, now = new Date()): Promise<TFleetOverview> {
  const [uptime, open, stuck, failed, rate] = await Promise.all([
    getUptime(db, now),
    db.incident.findMany({ where: { endedAt: null }, orderBy: { startedAt: "desc" } }),
    db.message.groupBy({ by: ["instanceId"], where: { stuckAt: { not: null }, statusRank: { lte: 1 } }, _count: { _all: true } }),
    db.message.groupBy({ by: ["instanceId"], where: { fromMe: true, status: "FAILED", sentAt: { gte: new Date(now.getTime() - FAILED_WINDOW_MS) } }, _count: { _all: true } }),
    countEvents(db, { since: new Date(now.getTime() - RATE_WINDOW_MS), bucketMs: 60_000 }),
  ]);
  const stuckOf = new Map(stuck.map((r) => [r.instanceId, r._count._all]));
  const failedOf = new Map(failed.map((r) => [r.instanceId, r._count._all]));
  const stats: Record<string, TFleetStats> = {};
  for (const [id, u] of uptime) stats[id] = { uptime: u ?? NO_UPTIME, stuck: stuckOf.get(id) ?? 0, failed: failedOf.get(id) ?? 0 };
  return { at: now.toISOString(), openIncidents: open.map(incidentToDto), stats, rate };
}
