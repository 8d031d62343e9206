import type { Rng } from "./create-rng";

/**
 * `momment` as Z-API sends it: mostly whole seconds ×1000, sometimes with a +1..3 ms offset, a few true
 * milliseconds (docs/zapi/SPEC.md §3.1). Receivers must not assume it is unique or monotonic.
 */
export function formatMomment(rng: Rng, ms: number): number {
  const roll = rng.next();
  const seconds = Math.floor(ms / 1000) * 1000;
  if (roll < 0.7) return seconds;
  if (roll < 0.85) return seconds + rng.int(1, 3);
  return Math.floor(ms);
}
