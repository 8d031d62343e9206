import type { PostResult } from "./post-webhook";

/** Running counts of a simulation, printed every second and at the end. */
export type Tally = { sent: number; done: number; ok: number; byStatus: Map<number, number>; errors: Map<string, number> };

export function createTally(): Tally {
  return { sent: 0, done: 0, ok: 0, byStatus: new Map(), errors: new Map() };
}

export function tallyResult(tally: Tally, result: PostResult): void {
  tally.done++;
  if ("error" in result) tally.errors.set(result.error, (tally.errors.get(result.error) ?? 0) + 1);
  else if (result.status >= 200 && result.status < 300) tally.ok++;
  else tally.byStatus.set(result.status, (tally.byStatus.get(result.status) ?? 0) + 1);
}

export function countOf(map: ReadonlyMap<unknown, number>): number {
  let total = 0;
  for (const n of map.values()) total += n;
  return total;
}

/** One line: `sent 120 · 2xx 118 · non-2xx 1 (401×1) · errors 1 · in flight 0`. */
export function formatTally(tally: Tally): string {
  const non2xx = [...tally.byStatus].map(([status, n]) => `${status}×${n}`).join(", ");
  return [
    `sent ${tally.sent}`,
    `2xx ${tally.ok}`,
    `non-2xx ${countOf(tally.byStatus)}${non2xx ? ` (${non2xx})` : ""}`,
    `errors ${countOf(tally.errors)}`,
    `in flight ${tally.sent - tally.done}`,
  ].join(" · ");
}
