import { describe, expect, it } from "vitest";
import { SILENCE_CEILING_MINUTES, SILENCE_FLOOR_MINUTES, hourOfWeek, silenceThresholdMinutes } from "./silence-threshold";

const flat = (perHourPerWeek: number) => Array.from({ length: 168 }, () => perHourPerWeek);

describe("silenceThresholdMinutes", () => {
  it("is ln(1000)/λ for a moderately busy hour", () => {
    // 4 weeks of 24 events in this hour: 6 per hour, 0.1 per minute → ln(1000)/0.1 ≈ 69.08 → 70 min.
    const counts = flat(0);
    counts[10] = 24;
    expect(silenceThresholdMinutes({ counts, weeks: 4 }, 10)).toBe(70);
  });
  it("never goes below the floor nor above the ceiling", () => {
    expect(silenceThresholdMinutes({ counts: flat(100_000), weeks: 1 }, 5)).toBe(SILENCE_FLOOR_MINUTES);
    expect(silenceThresholdMinutes({ counts: flat(0.01), weeks: 1 }, 5)).toBe(SILENCE_CEILING_MINUTES);
  });
  it("says nothing for an hour that is always quiet, or without history", () => {
    expect(silenceThresholdMinutes({ counts: flat(0), weeks: 4 }, 3)).toBeNull();
    expect(silenceThresholdMinutes({ counts: flat(50), weeks: 0 }, 3)).toBeNull();
  });
  it("uses the same hour of the other days when there is less than a week", () => {
    const counts = flat(0);
    counts[24 + 9] = 12; // Monday 09:00, over 3 days: 4 per hour at 09:00 on any day
    const t = silenceThresholdMinutes({ counts, weeks: 3 / 7 }, 5 * 24 + 9);
    expect(t).toBe(Math.ceil(Math.log(1000) / (4 / 60)));
    expect(silenceThresholdMinutes({ counts, weeks: 0.5 / 7 }, 9)).toBeNull();
  });
  it("numbers the hours of the week from Sunday 00:00 UTC", () => {
    expect(hourOfWeek(new Date("2026-11-29T00:30:00Z"))).toBe(0); // a Sunday
    expect(hourOfWeek(new Date("2026-12-05T23:59:00Z"))).toBe(167); // a Saturday
  });
});
