import type { Rows } from "@/lib/live-store/live-state";
import type { TIncidentDto, TInstanceDto, TRawEventDto, TStuckChangedDto } from "@/lib/schemas/dto";
import type { TUptime } from "@/lib/incidents/get-uptime";
import { compareFleet, fleetHealth, type THealth } from "./fleet-health";
import type { TFleetOverview } from "./get-fleet-overview";

export type TFleetRow = {
  instance: TInstanceDto;
  label: string;
  health: THealth;
  openIncident: TIncidentDto | null;
  stuck: number;
  failed: number;
  uptime: TUptime;
  /** The newest of the instance's own lastEventAt and any event the socket delivered since. */
  lastEventAt: string | null;
  /** [minute start, webhooks] over the snapshot's hour, plus those that arrived live since. */
  rate: [number, number][];
  /** Only the live part of `rate`: what arrived after the snapshot, for charts with server figures of their own. */
  liveRate: [number, number][];
};

export type TFleet = { rows: TFleetRow[]; problems: number; noWebhooks: TIncidentDto | null };

const NO_UPTIME: TUptime = { "24h": null, "7d": null, "30d": null };
const MINUTE = 60_000;

/**
 * The fleet overview's rows, worst first, from the page's snapshot (read at `headSeq`) and what the live store
 * received since: a store row newer than the snapshot wins (an incident opened or closed, a stuck check); an
 * event logged after the snapshot adds to its minute. Pure, so the merge rule is testable without a browser.
 */
export function fleetRows(o: {
  instances: readonly TInstanceDto[];
  overview: TFleetOverview;
  headSeq: number;
  incidents: Rows<TIncidentDto>;
  stuck: Rows<TStuckChangedDto>;
  events: readonly Pick<TRawEventDto, "id" | "instanceId" | "receivedAt">[];
  labelOf: (instance: TInstanceDto) => string;
}): TFleet {
  const incidents = new Map(o.overview.openIncidents.map((i) => [i.id, i]));
  for (const [id, row] of o.incidents) if (row.seq > o.headSeq) incidents.set(id, row.value);
  const openOf = new Map<string | null, TIncidentDto>();
  for (const i of incidents.values()) {
    if (i.endedAt !== null) continue;
    const held = openOf.get(i.instanceId);
    if (!held || i.startedAt > held.startedAt) openOf.set(i.instanceId, i);
  }

  const at = Date.parse(o.overview.at);
  const live = new Map<string, { last: string; minutes: Map<number, number> }>();
  for (const e of o.events) {
    if (!e.instanceId) continue;
    let l = live.get(e.instanceId);
    if (!l) live.set(e.instanceId, (l = { last: e.receivedAt, minutes: new Map() }));
    if (e.receivedAt > l.last) l.last = e.receivedAt;
    const t = Date.parse(e.receivedAt);
    if (t > at) {
      const minute = Math.floor(t / MINUTE) * MINUTE;
      l.minutes.set(minute, (l.minutes.get(minute) ?? 0) + 1);
    }
  }

  const rows = o.instances.map((instance): TFleetRow => {
    const stats = o.overview.stats[instance.id];
    const stuckRow = o.stuck.get(instance.id);
    const stuck = stuckRow && stuckRow.seq > o.headSeq ? stuckRow.value.stuckNow : (stats?.stuck ?? 0);
    const failed = stats?.failed ?? 0;
    const openIncident = openOf.get(instance.id) ?? null;
    const l = live.get(instance.id);
    const lastEventAt = [instance.lastEventAt, l?.last ?? null].reduce<string | null>((a, b) => (b !== null && (a === null || b > a) ? b : a), null);
    const liveRate: [number, number][] = l ? [...l.minutes] : [];
    const rate: [number, number][] = [...(o.overview.rate[instance.id] ?? []), ...liveRate];
    // A silence starts at the last event (lib/incidents/detect-silence.ts): one after it ends the silence now,
    // though the alert loop closes the incident a tick later.
    const broken = openIncident?.kind === "silent" && lastEventAt !== null && Date.parse(lastEventAt) > Date.parse(openIncident.startedAt);
    const health = fleetHealth({ instance: { state: instance.state, lastEventAt }, openIncident: broken ? null : openIncident, stuck, failed });
    return { instance, label: o.labelOf(instance), health, openIncident, stuck, failed, uptime: stats?.uptime ?? NO_UPTIME, lastEventAt, rate, liveRate };
  });
  rows.sort(compareFleet);
  const noWebhooks = openOf.get(null) ?? null;
  return { rows, problems: rows.filter((r) => r.health.problem).length + (noWebhooks ? 1 : 0), noWebhooks };
}
