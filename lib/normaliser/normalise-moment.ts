// Z-API sends epoch milliseconds almost everywhere, but the Disconnected doc example (and a few nested
// fields) are epoch seconds (docs/zapi/EDGE_CASES.md 10). Any value below 1e12 ms would be before 2001-09-09, so it can
// only be seconds.
const SECONDS_LIMIT = 1e12;

/** Epoch milliseconds from a Z-API `momment` given in milliseconds or seconds. */
export function normaliseMoment(value: number): number {
  return value < SECONDS_LIMIT ? value * 1000 : value;
}
