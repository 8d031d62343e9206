import { describe, expect, test } from "vitest";
import { analyticsWindow, customSlotSeconds } from "./analytics-window";
import { MAX_CUSTOM_DAYS, parseCustomPeriod, parseInstant } from "./parse-period";
import { periodProblemOf, ZAnalyticsQuery } from "./schemas";
import { dateToWallClock, wallClockToDate } from "./wall-clock";

const SP = "America/Sao_Paulo"; // UTC−3 all year since 2019
const iso = (d: Date | null) => d?.toISOString() ?? null;

describe("wall-clock times in a zone", () => {
  test("São Paulo's 10:00 is 13:00 UTC, and back", () => {
    expect(iso(wallClockToDate("2026-12-02T10:00", SP))).toBe("2026-12-02T13:00:00.000Z");
    expect(dateToWallClock(new Date("2026-12-02T13:00:00Z"), SP)).toBe("2026-12-02T10:00");
    expect(dateToWallClock(new Date("2026-12-03T02:59:59Z"), SP)).toBe("2026-12-02T23:59");
  });

  test("around New York's daylight-saving changes: a skipped time lands after the jump, a repeated one is the first", () => {
    const ny = "America/New_York";
    expect(iso(wallClockToDate("2026-03-08T01:30", ny))).toBe("2026-03-08T06:30:00.000Z"); // EST
    expect(iso(wallClockToDate("2026-03-08T02:30", ny))).toBe("2026-03-08T07:30:00.000Z"); // no such time: 03:30 EDT
    expect(iso(wallClockToDate("2026-03-08T03:30", ny))).toBe("2026-03-08T07:30:00.000Z"); // EDT
    expect(iso(wallClockToDate("2026-11-01T01:30", ny))).toBe("2026-11-01T05:30:00.000Z"); // twice that night: the EDT one
    expect(iso(wallClockToDate("2026-11-01T02:30", ny))).toBe("2026-11-01T07:30:00.000Z"); // EST
  });

  test("what is not a date and time is refused", () => {
    for (const bad of ["2026-02-31T10:00", "2026-12-02T24:00", "2026-12-02T10:60", "2026-12-02 10:00", "2026-12-02", "amanhã", ""]) {
      expect(wallClockToDate(bad, SP), bad).toBeNull();
    }
  });
});

describe("one end of a period", () => {
  test("an instant with Z or an offset is taken as written; without, in the zone given", () => {
    expect(iso(parseInstant("2026-12-02T13:00Z", SP))).toBe("2026-12-02T13:00:00.000Z");
    expect(iso(parseInstant("2026-12-02T10:00:00-03:00", "UTC"))).toBe("2026-12-02T13:00:00.000Z");
    expect(iso(parseInstant("2026-12-02T10:00", SP))).toBe("2026-12-02T13:00:00.000Z");
    expect(iso(parseInstant("2026-12-02T10:00", "UTC"))).toBe("2026-12-02T10:00:00.000Z");
    expect(parseInstant("2026-02-30T10:00Z", SP)).toBeNull();
    expect(parseInstant("1764680400000", SP)).toBeNull();
  });
});

describe("a custom period", () => {
  test("is [from, to) floored to the minute, in the zone given", () => {
    const p = parseCustomPeriod("2026-12-02T10:00:45", "2026-12-02T12:30:59", SP);
    expect(p).toEqual({ ok: true, from: new Date("2026-12-02T13:00:00Z"), to: new Date("2026-12-02T15:30:00Z") });
  });

  test("each refusal names its end and its reason", () => {
    const cases: [string | undefined, string | undefined, string, string][] = [
      [undefined, "2026-12-02T12:00", "fromMissing", "from"],
      ["  ", "2026-12-02T12:00", "fromMissing", "from"],
      ["2026-12-02T10:00", undefined, "toMissing", "to"],
      ["ontem", "2026-12-02T12:00", "fromInvalid", "from"],
      ["2026-12-02T10:00", "2026-13-01T00:00", "toInvalid", "to"],
      ["2026-12-02T12:00", "2026-12-02T10:00", "order", "to"],
      ["2026-12-02T10:00", "2026-12-02T10:00", "order", "to"],
      ["2026-12-02T10:00:10", "2026-12-02T10:00:50", "order", "to"], // the same minute once floored
      ["2026-11-01T10:00", "2026-12-02T10:01", "tooLong", "to"],
    ];
    for (const [from, to, problem, field] of cases) {
      expect(parseCustomPeriod(from, to, SP), `${from} → ${to}`).toEqual({ ok: false, problem, field });
    }
    expect(parseCustomPeriod("2026-11-01T10:00", "2026-12-02T10:00", SP).ok, `exactly ${MAX_CUSTOM_DAYS} days`).toBe(true);
  });
});

describe("the analytics query", () => {
  test("presets as before; custom with both ends; the ends alone imply custom; a preset ignores them", () => {
    expect(ZAnalyticsQuery.parse({})).toEqual({ range: "24h" });
    expect(ZAnalyticsQuery.parse({ range: "7d", instance: "A" })).toEqual({ range: "7d", instance: "A" });
    const custom = { range: "custom", from: new Date("2026-12-02T13:00:00Z"), to: new Date("2026-12-02T15:00:00Z") };
    expect(ZAnalyticsQuery.parse({ range: "custom", from: "2026-12-02T10:00", to: "2026-12-02T12:00" })).toEqual(custom);
    expect(ZAnalyticsQuery.parse({ from: "2026-12-02T13:00Z", to: "2026-12-02T15:00Z" })).toEqual(custom);
    expect(ZAnalyticsQuery.parse({ range: "1h", from: "garbage", to: "2026-12-02T15:00Z" })).toEqual({ range: "1h" });
  });

  test("a refused period is a zod issue on its end that the page can put in words", () => {
    const r = ZAnalyticsQuery.safeParse({ range: "custom", from: "2026-12-02T12:00", to: "2026-12-02T10:00" });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([["to", "`from` must be at least a minute before `to`"]]);
    expect(periodProblemOf(r.error)).toBe("order");
    const missing = ZAnalyticsQuery.safeParse({ range: "custom" });
    expect(missing.success ? null : periodProblemOf(missing.error)).toBe("fromMissing");
    const notAPeriod = ZAnalyticsQuery.safeParse({ range: "2y" });
    expect(notAPeriod.success ? null : periodProblemOf(notAPeriod.error)).toBeNull();
  });
});

describe("the window of a custom period", () => {
  test("slots follow the span: at most 60, the smallest size that fits", () => {
    const M = 60;
    const H = 3600;
    expect([M, 30 * M, 60 * M, 61 * M, 5 * H, 6 * H, 24 * H, 7 * 24 * H, 30 * 24 * H, 31 * 24 * H].map(customSlotSeconds)).toEqual([
      M, M, M, 5 * M, 5 * M, 10 * M, 30 * M, 3 * H, 12 * H, 24 * H,
    ]);
  });

  test("is exactly [from, to), counted from `from`, and does not move with now", () => {
    const from = new Date("2026-12-02T13:07:00Z");
    const to = new Date("2026-12-02T15:00:00Z"); // 113 minutes: 5-minute slots, the last one 3 minutes long
    const at = (now: string) => analyticsWindow({ range: "custom", from, to }, new Date(now));
    const w = at("2026-12-02T14:00:00Z");
    expect(w.from).toEqual(from);
    expect(w.to).toEqual(to);
    expect(w.slotSeconds).toBe(300);
    expect(w.originSeconds).toBe(from.getTime() / 1000);
    expect(w.slots).toHaveLength(23);
    expect(w.slots[0]).toEqual(from);
    expect(w.slots.at(-1)).toEqual(new Date("2026-12-02T14:57:00Z"));
    expect(at("2027-06-01T00:00:00Z")).toEqual(w);
  });

  test("a preset still ends with the slot holding now, on UTC boundaries", () => {
    const w = analyticsWindow({ range: "24h" }, new Date("2026-12-02T14:30:00Z"));
    expect(w.from).toEqual(new Date("2026-12-01T15:00:00Z"));
    expect(w.to).toEqual(new Date("2026-12-02T15:00:00Z"));
    expect([w.slotSeconds, w.originSeconds, w.slots.length]).toEqual([3600, 0, 24]);
  });
});
