import { cn } from "@/components/ui/cn";

const tones = {
  ok: "fill-emerald-500/80 dark:fill-emerald-400/80",
  down: "fill-red-500/80 dark:fill-red-400/80",
  quiet: "fill-zinc-400/80 dark:fill-zinc-500/80",
} as const;

const HEIGHT = 24;

/** A number for path data: at most two decimals, no trailing zeros ("2", "0.75", "13.33"). */
function n2(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * The bars as two SVG path strings, one for buckets with events and one for the flat ticks of empty buckets.
 * Two paths instead of one `<rect>` per bucket: the fleet overview draws a sparkline per instance on the server,
 * and with 48 instances the rects (with their class attributes) were 380 KB of the home page's HTML (issue 10).
 */
export function sparklinePaths(counts: readonly number[]): { bars: string; empty: string } {
  const max = Math.max(1, ...counts);
  let bars = "";
  let empty = "";
  counts.forEach((n, i) => {
    const bar = n === 0 ? 0.75 : Math.max(2, (n / max) * HEIGHT);
    const d = `M${n2(i + 0.12)} ${n2(HEIGHT - bar)}h.76v${n2(bar)}h-.76z`;
    if (n === 0) empty += d;
    else bars += d;
  });
  return { bars, empty };
}

/**
 * Bars of counts, oldest first, scaled to the busiest bucket; an empty bucket is a flat tick so a silent stretch
 * reads as silence rather than as a missing chart. `label` is what a screen reader hears instead.
 */
export function EventSparkline({ counts, label, tone = "ok", className }: { counts: readonly number[]; label: string; tone?: keyof typeof tones; className?: string }) {
  const { bars, empty } = sparklinePaths(counts);
  return (
    <svg viewBox={`0 0 ${counts.length} ${HEIGHT}`} preserveAspectRatio="none" role="img" aria-label={label} className={cn("h-7 w-full", className)} data-testid="event-sparkline">
      <title>{label}</title>
      {empty && <path d={empty} className="fill-zinc-200 dark:fill-zinc-700" />}
      {bars && <path d={bars} className={tones[tone]} data-testid="event-sparkline-bars" />}
    </svg>
  );
}

/** `counts` bucketed into `n` buckets of `bucketMs` ending with the one holding `now`, oldest first. */
export function bucketCounts(counts: readonly (readonly [number, number])[], now: number, bucketMs: number, n: number): number[] {
  const last = Math.floor(now / bucketMs) * bucketMs;
  const first = last - (n - 1) * bucketMs;
  const out = Array.from({ length: n }, () => 0);
  for (const [at, c] of counts) {
    const i = Math.floor((at - first) / bucketMs);
    if (i >= 0 && i < n) out[i] = (out[i] ?? 0) + c;
  }
  return out;
}
