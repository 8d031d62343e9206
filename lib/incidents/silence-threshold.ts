/** Never call an instance silent sooner than this, however busy it usually is. */
export const SILENCE_FLOOR_MINUTES = 15;
/** …nor wait longer than this when its history says it is usually quiet at this hour. */
export const SILENCE_CEILING_MINUTES = 24 * 60;
/** How unlikely a gap must be under the learned rate to count as silence: 1 in 1,000. */
const SURPRISE = Math.log(1000);

/** Events counted per hour of the week (0 = Sunday 00:00 UTC … 167), and how many weeks they cover. */
export type HourlyHistory = { counts: readonly number[]; weeks: number };

/**
 * The silence threshold, in minutes, for the hour of the week `hourOfWeek`, from an instance's own history.
 * Treating arrivals within an hour as a Poisson process with the learned rate λ per minute, a gap of t minutes
 * has probability e^(−λt); the threshold is the gap that would happen by chance once in a thousand times,
 * ln(1000)/λ, kept between the floor and the ceiling. Null when the history cannot say (less than a day of it,
 * or no events at all at this hour): the instance is then not watched for silence unless the user sets a
 * threshold by hand.
 */
export function silenceThresholdMinutes(history: HourlyHistory, hourOfWeek: number): number | null {
  if (history.weeks <= 0) return null;
  let perHour: number;
  if (history.weeks >= 1) {
    perHour = (history.counts[hourOfWeek] ?? 0) / history.weeks;
  } else {
    // Less than a week: the same hour of the day, over the days there are.
    const hourOfDay = hourOfWeek % 24;
    let sum = 0;
    for (let d = 0; d < 7; d++) sum += history.counts[d * 24 + hourOfDay] ?? 0;
    const days = history.weeks * 7;
    if (days < 1) return null;
    perHour = sum / days;
  }
  if (perHour <= 0) return null;
  const minutes = SURPRISE / (perHour / 60);
  return Math.min(SILENCE_CEILING_MINUTES, Math.max(SILENCE_FLOOR_MINUTES, Math.ceil(minutes)));
}

export function hourOfWeek(at: Date): number {
  return at.getUTCDay() * 24 + at.getUTCHours();
}
