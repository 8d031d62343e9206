import type { TAnalyticsRange } from "./schemas";

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;
/** Period length and chart slot per range, in seconds: about 24-60 points on every chart. */
const WINDOWS: Record<TAnalyticsRange, { seconds: number; slot: number }> = {
  "1h": { seconds: HOUR, slot: MINUTE },
  "24h": { seconds: DAY, slot: HOUR },
  "7d": { seconds: 7 * DAY, slot: 6 * HOUR },
  "30d": { seconds: 30 * DAY, slot: DAY },
};

export type TAnalyticsWindow = { from: Date; to: Date; slotSeconds: number; slots: Date[] };

/** The slots ending with the one holding `now` (UTC boundaries), and the period they cover. */
export function analyticsWindow(range: TAnalyticsRange, now: Date): TAnalyticsWindow {
  const { seconds, slot } = WINDOWS[range];
  const count = seconds / slot;
  const lastStart = Math.floor(now.getTime() / 1000 / slot) * slot;
  const slots = Array.from({ length: count }, (_, i) => new Date((lastStart - (count - 1 - i) * slot) * 1000));
  return { from: slots[0] as Date, to: new Date((lastStart + slot) * 1000), slotSeconds: slot, slots };
}
