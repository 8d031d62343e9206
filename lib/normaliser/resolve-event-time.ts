import { normaliseMoment } from "./normalise-moment";

// A timestamp far in the future (the old Connected doc example `26151515154` becomes year 2798) would pin
// every forward-only column forever, so such values fall back to the arrival time. One hour tolerates clock
// skew between Z-API and this server.
const MAX_AHEAD_MS = 60 * 60 * 1000;

/** The event's own time (`momment ?? moment`, normalised), or when it reached us if absent or absurd. */
export function resolveEventTime(moment: number | null | undefined, receivedAt: Date): Date {
  if (moment === null || moment === undefined || !Number.isFinite(moment) || moment <= 0) return receivedAt;
  const ms = normaliseMoment(moment);
  if (ms > receivedAt.getTime() + MAX_AHEAD_MS) return receivedAt;
  return new Date(ms);
}
