import { afterEach, expect, test, vi } from "vitest";
import { PRESSURE_OFF, PRESSURE_ON, watchIngestPressure } from "./watch-ingest-pressure";

afterEach(() => {
  vi.useRealTimers();
});

test("reports saturation when requests pile up, and its end only once they drain (no flapping)", () => {
  vi.useFakeTimers();
  let inFlight = 0;
  const reports: boolean[] = [];
  const stop = watchIngestPressure(() => inFlight, (on) => reports.push(on), 100);
  inFlight = 2;
  vi.advanceTimersByTime(500);
  expect(reports).toEqual([]);
  inFlight = PRESSURE_ON + 1;
  vi.advanceTimersByTime(100);
  expect(reports).toEqual([true]);
  inFlight = PRESSURE_OFF + 1; // between the two thresholds: still saturated
  vi.advanceTimersByTime(500);
  expect(reports).toEqual([true]);
  inFlight = 1;
  vi.advanceTimersByTime(100);
  expect(reports).toEqual([true, false]);
  stop();
});
