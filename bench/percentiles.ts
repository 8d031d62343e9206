/** Latency summary in milliseconds; null when there were no samples. */
export type LatencySummary = { count: number; p50: number; p99: number; max: number; mean: number };

/**
 * The p-th percentile (0 < p ≤ 100) by the nearest-rank method: the smallest sample such that at least p% of
 * the samples are ≤ it. Exact (samples are kept, not bucketed): a bench run holds at most a few 100k.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error("percentile of no samples");
  if (!(p > 0 && p <= 100)) throw new Error(`percentile out of range: ${p}`);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export function summarize(samples: readonly number[]): LatencySummary | null {
  if (samples.length === 0) return null;
  const sorted = Float64Array.from(samples).sort();
  const list = Array.from(sorted);
  const total = list.reduce((sum, x) => sum + x, 0);
  return { count: list.length, p50: percentile(list, 50), p99: percentile(list, 99), max: list[list.length - 1] as number, mean: total / list.length };
}
