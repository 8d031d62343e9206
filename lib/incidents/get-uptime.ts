import type { Db } from "@/lib/db/client";
import { computeUptime } from "./compute-uptime";

export const UPTIME_PERIODS = { "24h": 86_400_000, "7d": 7 * 86_400_000, "30d": 30 * 86_400_000 } as const;
export type TUptime = Record<keyof typeof UPTIME_PERIODS, number | null>;

/**
 * Each instance's uptime over the last 24 hours, 7 and 30 days, from its incidents (the installation-wide "no
 * webhooks" one is Vigia's own outage, not the instance's) and maintenance windows. Receiving events with no
 * connection reported yet is up: traffic is evidence.
 */
export async function getUptime(db: Db, now = new Date()): Promise<Map<string, TUptime>> {
  const since = new Date(now.getTime() - UPTIME_PERIODS["30d"]);
  const [instances, incidents, maintenance] = await Promise.all([
    db.instance.findMany({ select: { id: true, createdAt: true } }),
    db.incident.findMany({ where: { instanceId: { not: null }, OR: [{ endedAt: null }, { endedAt: { gt: since } }] }, select: { instanceId: true, startedAt: true, endedAt: true } }),
    db.maintenanceWindow.findMany({ where: { endsAt: { gt: since } }, select: { instanceId: true, startsAt: true, endsAt: true } }),
  ]);
  const out = new Map<string, TUptime>();
  for (const i of instances) {
    const mine = incidents.filter((x) => x.instanceId === i.id).map((x) => ({ start: x.startedAt, end: x.endedAt }));
    const windows = maintenance.filter((w) => w.instanceId === null || w.instanceId === i.id).map((w) => ({ start: w.startsAt, end: w.endsAt }));
    const figure = (ms: number) => computeUptime({ incidents: mine, maintenance: windows, from: new Date(now.getTime() - ms), to: now, firstSeen: i.createdAt, now });
    out.set(i.id, { "24h": figure(UPTIME_PERIODS["24h"]), "7d": figure(UPTIME_PERIODS["7d"]), "30d": figure(UPTIME_PERIODS["30d"]) });
  }
  return out;
}
