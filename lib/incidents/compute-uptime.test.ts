import { describe, expect, it } from "vitest";
import { computeUptime, type TInterval } from "./compute-uptime";

const H = 3_600_000;
const base = Date.UTC(2026, 11, 1);
const iv = (s: number, e: number | null): TInterval => ({ start: new Date(base + s * H), end: e === null ? null : new Date(base + e * H) });

/** The same figure the slow way: minute by minute, is this minute observed, and is it down? */
function sampled(o: { incidents: TInterval[]; maintenance: TInterval[]; from: number; to: number; firstSeen: number; now: number }): number | null {
  let observed = 0;
  let down = 0;
  const inside = (t: number, xs: TInterval[]) => xs.some((x) => x.start.getTime() <= t && t < (x.end?.getTime() ?? base + o.now * H));
  for (let t = base + o.from * H; t < base + o.to * H; t += 60_000) {
    if (t < base + o.firstSeen * H || inside(t, o.maintenance)) continue;
    observed++;
    if (inside(t, o.incidents)) down++;
  }
  return observed ? 1 - down / observed : null;
}

describe("computeUptime", () => {
  const cases = [
    { name: "no incident", incidents: [], maintenance: [], from: 0, to: 24, firstSeen: -100, now: 24 },
    { name: "overlapping incidents count once", incidents: [iv(1, 3), iv(2, 4), iv(10, 10.5)], maintenance: [], from: 0, to: 24, firstSeen: -100, now: 24 },
    { name: "maintenance excluded", incidents: [iv(1, 5)], maintenance: [iv(2, 3), iv(20, 22)], from: 0, to: 24, firstSeen: -100, now: 24 },
    { name: "an incident still open", incidents: [iv(20, null)], maintenance: [], from: 0, to: 24, firstSeen: -100, now: 23 },
    { name: "clipped to the period, first seen inside it", incidents: [iv(-5, 2), iv(23, 30)], maintenance: [], from: 0, to: 24, firstSeen: 6, now: 24 },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const got = computeUptime({ ...c, from: new Date(base + c.from * H), to: new Date(base + c.to * H), firstSeen: new Date(base + c.firstSeen * H), now: new Date(base + c.now * H) });
      const want = sampled(c);
      expect(got).not.toBeNull();
      expect(got).toBeCloseTo(want ?? -1, 6);
    });
  }
  it("is null for a period nobody observed", () => {
    expect(computeUptime({ incidents: [], maintenance: [iv(0, 24)], from: new Date(base), to: new Date(base + 24 * H), firstSeen: new Date(0), now: new Date(base + 24 * H) })).toBeNull();
  });
});
