import { describe, expect, it } from "vitest";
import { isQuietHour, minuteOfDay } from "./is-quiet-hour";

const SP = "America/Sao_Paulo"; // UTC−3, no daylight saving since 2019

describe("isQuietHour", () => {
  it("reads the wall clock of the configured time zone", () => {
    expect(minuteOfDay(new Date("2026-12-02T01:30:00Z"), SP)).toBe(22 * 60 + 30);
  });
  it("wraps a range across midnight", () => {
    expect(isQuietHour(new Date("2026-12-02T01:30:00Z"), "22:00", "07:00", SP)).toBe(true); // 22:30 local
    expect(isQuietHour(new Date("2026-12-02T09:59:00Z"), "22:00", "07:00", SP)).toBe(true); // 06:59
    expect(isQuietHour(new Date("2026-12-02T10:00:00Z"), "22:00", "07:00", SP)).toBe(false); // 07:00
  });
  it("handles a same-day range and ignores empty or malformed ones", () => {
    expect(isQuietHour(new Date("2026-12-02T15:00:00Z"), "12:00", "13:00", SP)).toBe(true); // 12:00
    expect(isQuietHour(new Date("2026-12-02T16:00:00Z"), "12:00", "13:00", SP)).toBe(false);
    expect(isQuietHour(new Date("2026-12-02T15:00:00Z"), "12:00", "12:00", SP)).toBe(false);
    expect(isQuietHour(new Date("2026-12-02T15:00:00Z"), "25:00", "13:00", SP)).toBe(false);
    expect(isQuietHour(new Date("2026-12-02T15:00:00Z"), null, "13:00", SP)).toBe(false);
  });
});
