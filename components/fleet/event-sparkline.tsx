import { cn } from "@/components/ui/cn";

const tones = {
  ok: "fill-emerald-500/80 dark:fill-emerald-400/80",
  down: "fill-red-500/80 dark:fill-red-400/80",
  quiet: "fill-zinc-400/80 dark:fill-zinc-500/80",
} as const;

/**
 * Bars of counts, oldest first, scaled to the busiest bucket; an empty bucket is a flat tick so a silent stretch
 * reads as silence rather than as a missing chart. `label` is what a screen reader hears instead.
 */
export function EventSparkline({ counts, label, tone = "ok", className }: { counts: readonly number[]; label: string; tone?: keyof typeof tones; className?: string }) {
  const max = Math.max(1, ...counts);
  const h = 24;
  return (
    <svg viewBox={`0 0 ${counts.length} ${h}`} preserveAspectRatio="none" role="img" aria-label={label} className={cn("h-7 w-full", className)} data-testid="event-sparkline">
      <title>{label}</title>
      {counts.map((n, i) => {
        const bar = n === 0 ? 0.75 : Math.max(2, (n / max) * h);
        return <rect key={i} x={i + 0.12} y={h - bar} width={0.76} height={bar} className={n === 0 ? "fill-zinc-200 dark:fill-zinc-700" : tones[tone]} />;
      })}
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
