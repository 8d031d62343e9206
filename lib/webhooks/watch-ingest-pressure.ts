/** More webhook requests than this in flight means the machine is saturated by ingest. */
export const PRESSURE_ON = 12;
/** …and fewer than this means it is not any more (a gap, so the state does not flap). */
export const PRESSURE_OFF = 4;

/**
 * Samples how many webhook requests are in flight and reports saturation (with hysteresis) to `report`. A
 * flow the machine keeps up with leaves only a few in flight at once, however busy it is (Little's law: rate
 * × answer time, e.g. 100/s × 15 ms ≈ 2); a saturating one piles them up.
 */
export function watchIngestPressure(waiting: () => number, report: (on: boolean) => void, everyMs = 100): () => void {
  let on = false;
  let sum = 0;
  let samples = 0;
  // The average over the window, not the peak: a short cluster of arrivals is not saturation.
  const sample = setInterval(() => {
    sum += waiting();
    samples++;
  }, 10);
  const decide = setInterval(() => {
    const average = samples ? sum / samples : 0;
    sum = samples = 0;
    const next = on ? average >= PRESSURE_OFF : average > PRESSURE_ON;
    if (next !== on) report((on = next));
  }, everyMs);
  sample.unref();
  decide.unref();
  return () => {
    clearInterval(sample);
    clearInterval(decide);
  };
}
