/**
 * Wall-clock minutes ("2026-12-02T10:00", what `<input type="datetime-local">` submits) in a named time zone,
 * to and from instants. The custom analytics period is written this way in the URL, in the zone the dashboard
 * shows its times in (i18n/config.ts, DEFAULT_TIME_ZONE), so a link reads as the page does.
 */
const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;

/** The zone's offset from UTC at `at`, in milliseconds (positive east of Greenwich). */
function offsetMs(at: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
  }).formatToParts(new Date(at));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - (at - (((at % 1000) + 1000) % 1000));
}

/**
 * The instant a wall-clock time names in `timeZone`, or null when it is not one (malformed, 31 February, 25:00).
 * A time skipped by a daylight-saving jump resolves to the instant after the jump; a repeated one to the first.
 */
export function wallClockToDate(value: string, timeZone: string): Date | null {
  const m = WALL_CLOCK.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const back = new Date(asUtc);
  // Date.UTC rolls 31 February over into March: a date that does not come back unchanged was not a date.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return null;
  // The offsets half a day either side: equal except near a daylight-saving change, where each is tried.
  const before = asUtc - offsetMs(asUtc - 43_200_000, timeZone);
  const after = asUtc - offsetMs(asUtc + 43_200_000, timeZone);
  const fits = [before, after].filter((at) => asUtc - at === offsetMs(at, timeZone));
  // A repeated hour has two fits (the first is taken); a skipped one none (the old offset lands after the jump).
  return new Date(fits.length > 0 ? Math.min(...fits) : before);
}

/** The wall-clock minute of `at` in `timeZone`, as `<input type="datetime-local">` shows it. */
export function dateToWallClock(at: Date, timeZone: string): string {
  const local = new Date(at.getTime() + offsetMs(at.getTime(), timeZone));
  return local.toISOString().slice(0, 16);
}
