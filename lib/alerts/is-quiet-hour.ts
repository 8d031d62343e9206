/** "HH:MM" → minutes after midnight, or null when malformed. */
function minutesOf(hhmm: string): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** The wall-clock minute of the day at `at` in `timeZone`. */
export function minuteOfDay(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  return get("hour") * 60 + get("minute");
}

/**
 * Whether `at` falls in the quiet hours [start, end) of `timeZone`; a range that crosses midnight (22:00–07:00)
 * wraps. Equal or malformed bounds mean no quiet hours.
 */
export function isQuietHour(at: Date, start: string | null, end: string | null, timeZone: string): boolean {
  if (!start || !end) return false;
  const s = minutesOf(start);
  const e = minutesOf(end);
  if (s === null || e === null || s === e) return false;
  const now = minuteOfDay(at, timeZone);
  return s < e ? now >= s && now < e : now >= s || now < e;
}
