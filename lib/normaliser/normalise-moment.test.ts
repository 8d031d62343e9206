import { expect, test } from "vitest";
import { normaliseMoment } from "./normalise-moment";
import { resolveEventTime } from "./resolve-event-time";

test.each([
  [1580163342, 1580163342000], // Disconnected doc example: seconds
  [1757385427958, 1757385427958], // real ms
  [1757390395000, 1757390395000],
  [999_999_999_999, 999_999_999_999_000], // just below the limit: seconds
  [1e12, 1e12], // the limit itself: already ms
])("normaliseMoment(%d) = %d", (input, expected) => {
  expect(normaliseMoment(input)).toBe(expected);
});

test("the seconds example lands in January 2020", () => {
  expect(new Date(normaliseMoment(1580163342)).toISOString()).toBe("2020-01-27T22:15:42.000Z");
});

const receivedAt = new Date("2026-06-01T12:00:00.000Z");

test("resolveEventTime falls back to arrival for missing, zero or far-future values", () => {
  expect(resolveEventTime(undefined, receivedAt)).toBe(receivedAt);
  expect(resolveEventTime(null, receivedAt)).toBe(receivedAt);
  expect(resolveEventTime(0, receivedAt)).toBe(receivedAt);
  // The old Connected doc example: 26151515154 s would be the year 2798.
  expect(resolveEventTime(26151515154, receivedAt)).toBe(receivedAt);
});

test("resolveEventTime keeps past and slightly-ahead times", () => {
  expect(resolveEventTime(1580163342, receivedAt).toISOString()).toBe("2020-01-27T22:15:42.000Z");
  const skewed = receivedAt.getTime() + 5 * 60_000;
  expect(resolveEventTime(skewed, receivedAt).getTime()).toBe(skewed);
});
