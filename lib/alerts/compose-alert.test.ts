import { describe, expect, it } from "vitest";
import { composeAlert, formatDuration } from "./compose-alert";
import { DEFAULT_POLICY } from "./resolve-policy";

const incident = {
  id: "42",
  kind: "disconnected" as const,
  startedAt: new Date("2026-12-02T13:05:00Z"),
  endedAt: null,
  reason: "Device has been disconnected",
};
const now = new Date("2026-12-02T14:10:00Z");

describe("composeAlert", () => {
  it("speaks Portuguese on São Paulo's clock by default, with the reason and a link", () => {
    const m = composeAlert("opened", { incident, instanceLabel: "Loja Centro" }, DEFAULT_POLICY, now, "https://vigia.example.com/");
    expect(m.text).toContain("Loja Centro desconectou às 02/12/2026, 10:05");
    expect(m.text).toContain("Motivo: Device has been disconnected");
    expect(m.text).toContain("https://vigia.example.com/incidents/42");
    expect(m.title).toBe("Vigia: Loja Centro (desconectada)");
  });
  it("speaks English in another time zone when configured", () => {
    const m = composeAlert("reminder", { incident, instanceLabel: "Shop" }, { ...DEFAULT_POLICY, language: "en", timeZone: "UTC" }, now, null);
    expect(m.text).toMatch(/^⏰ Still down: Shop \(disconnected\) for 1 h 5 min \(since 12\/2\/26, 1:05\s?PM\)\.$/);
    expect(m.url).toBeNull();
  });
  it("says when it came back and how long it lasted", () => {
    const m = composeAlert("recovered", { incident: { ...incident, endedAt: new Date("2026-12-02T13:07:30Z") }, instanceLabel: "Loja" }, DEFAULT_POLICY, now, null);
    expect(m.text).toBe("🟢 Loja (desconectada) voltou às 02/12/2026, 10:07, após 2 min.");
  });
  it("names an unknown reason as such, and the global incident without an instance", () => {
    const m = composeAlert("opened", { incident: { ...incident, reason: null }, instanceLabel: "X" }, DEFAULT_POLICY, now, null);
    expect(m.text).toContain("Motivo: nenhum informado pela Z-API.");
    const g = composeAlert("opened", { incident: { ...incident, kind: "no_webhooks" }, instanceLabel: null }, { ...DEFAULT_POLICY, language: "en" }, now, null);
    expect(g.text).toContain("No webhook has reached Vigia since");
  });
});

describe("formatDuration", () => {
  it("rounds to the largest sensible units", () => {
    expect(formatDuration(40_000)).toBe("40 s");
    expect(formatDuration(5 * 60_000)).toBe("5 min");
    expect(formatDuration(2 * 3_600_000)).toBe("2 h");
    expect(formatDuration(26 * 3_600_000)).toBe("1 d 2 h");
  });
});
