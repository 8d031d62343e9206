export type TInterval = { start: Date; end: Date | null };

/** Merges intervals (an open end is `now`), clipped to [from, to): sorted, non-overlapping. */
function union(intervals: readonly TInterval[], from: number, to: number, now: number): [number, number][] {
  const clipped = intervals
    .map((i) => [Math.max(from, i.start.getTime()), Math.min(to, (i.end ?? new Date(now)).getTime())] as [number, number])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of clipped) {
    const last = out.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

function overlap(a: [number, number][], b: [number, number][]): number {
  let total = 0;
  for (const [s1, e1] of a) for (const [s2, e2] of b) total += Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
  return total;
}

const length = (xs: [number, number][]) => xs.reduce((sum, [s, e]) => sum + e - s, 0);

/**
 * The share of [from, to) an instance was up: 1 − (time inside an incident) / (time observed), where
 * maintenance windows count as neither (planned downtime is not an outage), and time before the instance was
 * first seen is not observed. Null when nothing of the period was observed.
 */
export function computeUptime(o: { incidents: readonly TInterval[]; maintenance: readonly TInterval[]; from: Date; to: Date; firstSeen: Date; now: Date }): number | null {
  const from = Math.max(o.from.getTime(), o.firstSeen.getTime());
  const to = o.to.getTime();
  if (to <= from) return null;
  const maintenance = union(o.maintenance, from, to, o.now.getTime());
  const down = union(o.incidents, from, to, o.now.getTime());
  const observed = to - from - length(maintenance);
  if (observed <= 0) return null;
  const downtime = length(down) - overlap(down, maintenance);
  return Math.max(0, Math.min(1, 1 - downtime / observed));
}
