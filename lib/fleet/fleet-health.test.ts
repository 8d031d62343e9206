import { describe, expect, it } from "vitest";
import { compareFleet, fleetHealth, type THealthInput } from "./fleet-health";

const input = (o: Partial<THealthInput> & { state?: "connected" | "disconnected" | "unknown"; lastEventAt?: string | null }): THealthInput => ({
  instance: { state: o.state ?? "connected", lastEventAt: o.lastEventAt === undefined ? "2026-12-02T07:00:00Z" : o.lastEventAt },
  openIncident: o.openIncident ?? null,
  stuck: o.stuck ?? 0,
  failed: o.failed ?? 0,
});

describe("fleetHealth", () => {
  it("trusts the instance's state over an incident the alert loop has not caught up with", () => {
    expect(fleetHealth(input({ state: "disconnected" }))).toMatchObject({ connection: "disconnected", verdict: "down", problem: true });
    // Reconnected; the loop closes the incident a tick later: already fine.
    expect(fleetHealth(input({ state: "connected", openIncident: { kind: "disconnected" } }))).toMatchObject({ connection: "connected", verdict: "healthy", problem: false });
  });
  it("counts traffic with no connection reported as up, and neither as unknown", () => {
    expect(fleetHealth(input({ state: "unknown" }))).toMatchObject({ connection: "receiving", verdict: "healthy", problem: false });
    expect(fleetHealth(input({ state: "unknown", lastEventAt: null }))).toMatchObject({ connection: "unknown", verdict: "unknown", problem: false });
  });
  it("says silent while a silence incident is open, whatever Z-API last said", () => {
    expect(fleetHealth(input({ state: "connected", openIncident: { kind: "silent" } }))).toMatchObject({ connection: "silent", verdict: "silent", problem: true });
    expect(fleetHealth(input({ state: "unknown", openIncident: { kind: "silent" } }))).toMatchObject({ connection: "silent", problem: true });
  });
  it("stuck messages are a problem, failed ones only a warning", () => {
    expect(fleetHealth(input({ stuck: 2, failed: 1 }))).toMatchObject({ verdict: "stuck", problem: true });
    expect(fleetHealth(input({ failed: 3 }))).toMatchObject({ verdict: "failed", problem: false });
    // A disconnect outranks them.
    expect(fleetHealth(input({ state: "disconnected", stuck: 5 })).verdict).toBe("down");
  });
});

describe("compareFleet", () => {
  it("orders worst first: down, silent, stuck, failed, unknown, healthy; then by label", () => {
    const rows = [
      { label: "healthy b", health: fleetHealth(input({})) },
      { label: "unknown", health: fleetHealth(input({ state: "unknown", lastEventAt: null })) },
      { label: "healthy a", health: fleetHealth(input({ state: "unknown" })) },
      { label: "failed", health: fleetHealth(input({ failed: 1 })) },
      { label: "stuck", health: fleetHealth(input({ stuck: 1 })) },
      { label: "silent", health: fleetHealth(input({ openIncident: { kind: "silent" } })) },
      { label: "down 10", health: fleetHealth(input({ state: "disconnected" })) },
      { label: "down 9", health: fleetHealth(input({ state: "disconnected" })) },
    ];
    expect([...rows].sort(compareFleet).map((r) => r.label)).toEqual(["down 9", "down 10", "silent", "stuck", "failed", "unknown", "healthy a", "healthy b"]);
  });
});
