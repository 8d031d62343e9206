import { describe, expect, it } from "vitest";
import { applyChanges } from "@/lib/live-store/apply-changes";
import { emptyLiveState } from "@/lib/live-store/live-state";
import type { TIncidentDto, TInstanceDto } from "@/lib/schemas/dto";
import { fleetRows } from "./fleet-rows";
import type { TFleetOverview } from "./get-fleet-overview";

const AT = "2026-12-02T07:00:00.000Z";
const MIN = 60_000;
const t = (minutes: number) => new Date(Date.parse(AT) + minutes * MIN).toISOString();
const instance = (id: string, state: TInstanceDto["state"], lastEventAt: string | null = t(-5)): TInstanceDto => ({
  id, name: id, phone: null, isBusiness: null, state, stateChangedAt: t(-30), disconnectReason: null, lastEventAt, color: null, archivedAt: null, simulated: false,
});
const incident = (id: string, instanceId: string | null, kind: TIncidentDto["kind"], startedAt: string, endedAt: string | null = null): TIncidentDto => ({ id, instanceId, kind, startedAt, endedAt, reason: null });
const uptime = { "24h": 1, "7d": 1, "30d": 1 };
const overview = (o: Partial<TFleetOverview> = {}): TFleetOverview => ({
  at: AT,
  openIncidents: [],
  stats: { A: { uptime, stuck: 0, failed: 0 }, B: { uptime, stuck: 3, failed: 0 } },
  rate: { A: [[Date.parse(t(-2)), 4]] },
  ...o,
});
const HEAD = 100;

describe("fleetRows", () => {
  it("takes the live store's incidents and stuck figures only when newer than the snapshot", () => {
    const store = applyChanges(emptyLiveState, [
      { seq: 90, kind: "incident:upserted", payload: incident("9", "A", "silent", t(-60)) }, // older than the page: ignored
      { seq: 101, kind: "stuck:changed", payload: { instanceId: "B", flagged: [], cleared: ["m1", "m2", "m3"], stuckNow: 0, at: t(1) } },
      { seq: 102, kind: "incident:upserted", payload: incident("7", "A", "disconnected", t(0)) },
    ]);
    const fleet = fleetRows({
      instances: [instance("A", "connected"), instance("B", "connected")],
      overview: overview({ openIncidents: [incident("7", "A", "disconnected", t(0)), incident("9", "A", "silent", t(-60), t(-50))] }),
      headSeq: HEAD,
      incidents: store.incidents,
      stuck: store.stuck,
      events: [],
      labelOf: (i) => i.id,
    });
    const [a, b] = [fleet.rows.find((r) => r.instance.id === "A"), fleet.rows.find((r) => r.instance.id === "B")];
    expect(a?.openIncident?.id).toBe("7");
    expect(b?.stuck).toBe(0); // the stuck check after the page cleared them
    expect(fleet.problems).toBe(0); // A reconnected already (state wins over the incident the loop has yet to close)
  });

  it("adds events that arrived after the snapshot to their minute, and one after a silence's start ends it", () => {
    const fleet = fleetRows({
      instances: [instance("A", "connected", t(-20))],
      overview: overview({ openIncidents: [incident("5", "A", "silent", t(-20))] }),
      headSeq: HEAD,
      incidents: new Map(),
      stuck: new Map(),
      events: [
        { id: "1", instanceId: "A", receivedAt: t(-3) }, // in the snapshot's counts already
        { id: "2", instanceId: "A", receivedAt: t(1) },
        { id: "3", instanceId: "A", receivedAt: t(1.5) },
        { id: "4", instanceId: null, receivedAt: t(1) },
      ],
      labelOf: (i) => i.id,
    });
    const a = fleet.rows[0];
    expect(a?.liveRate).toEqual([[Date.parse(t(1)), 2]]);
    expect(a?.rate).toEqual([[Date.parse(t(-2)), 4], [Date.parse(t(1)), 2]]);
    expect(a?.lastEventAt).toBe(t(1.5));
    expect(a?.health.verdict).toBe("healthy");
    // Without the later events, it is silent, and a problem.
    const quiet = fleetRows({ instances: [instance("A", "connected", t(-20))], overview: overview({ openIncidents: [incident("5", "A", "silent", t(-20))] }), headSeq: HEAD, incidents: new Map(), stuck: new Map(), events: [], labelOf: (i) => i.id });
    expect(quiet.rows[0]?.health.verdict).toBe("silent");
    expect(quiet.problems).toBe(1);
  });

  it("counts the installation-wide no-webhooks incident as a problem of its own, and sorts worst first", () => {
    const fleet = fleetRows({
      instances: [instance("A", "connected"), instance("B", "connected"), instance("C", "disconnected")],
      overview: overview({ openIncidents: [incident("8", null, "no_webhooks", t(-10))] }),
      headSeq: HEAD,
      incidents: new Map(),
      stuck: new Map(),
      events: [],
      labelOf: (i) => i.id,
    });
    expect(fleet.noWebhooks?.id).toBe("8");
    expect(fleet.rows.map((r) => [r.instance.id, r.health.verdict])).toEqual([["C", "down"], ["B", "stuck"], ["A", "healthy"]]);
    expect(fleet.problems).toBe(3);
  });
});
