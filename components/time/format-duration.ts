/** A gap between two steps in the largest two units that matter ("2 min 5 s", "1 h 3 min", "350 ms"), in the page's language. */
export function formatDuration(ms: number, locale: string): string {
  const unit = (value: number, u: string) => new Intl.NumberFormat(locale, { style: "unit", unit: u, unitDisplay: "short" }).format(value);
  if (ms < 1000) return unit(Math.max(0, Math.round(ms)), "millisecond");
  const s = Math.floor(ms / 1000);
  if (s < 60) return unit(Math.round(ms / 100) / 10, "second");
  const parts: [number, string][] = [[Math.floor(s / 86400), "day"], [Math.floor(s / 3600) % 24, "hour"], [Math.floor(s / 60) % 60, "minute"], [s % 60, "second"]];
  const first = parts.findIndex(([v]) => v > 0);
  return parts.slice(first, first + 2).filter(([v]) => v > 0).map(([v, u]) => unit(v, u)).join(" ");
}
