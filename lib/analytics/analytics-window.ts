import type { TAnalyticsPeriod, TAnalyticsRange } from "./schemas";

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;
/** Period length and chart slot per preset, in seconds: about 24-60 points on every chart. */
const WINDOWS: Record<TAnalyticsRange, { seconds: number; slot: number }> = {
  "1h": { seconds: HOUR, slot: MINUTE },
  "24h": { seconds: DAY, slot: HOUR },
  "7d": { seconds: 7 * DAY, slot: 6 * HOUR },
  "30d": { seconds: 30 * DAY, slot: DAY },
};

/** Slot sizes a custom period may get, and how many slots a chart may have at most. */
const CUSTOM_SLOTS = [MINUTE, 5 * MINUTE, 10 * MINUTE, 15 * MINUTE, 30 * MINUTE, HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY];
const MAX_SLOTS = 60;

/**
 * The period and its chart slots. `originSeconds` is where slot boundaries are counted from (the slot of an
 * instant t starts at origin + floor((t − origin) / slot) · slot; lib/analytics/slot-of.ts).
 */
export type TAnalyticsWindow = { from: Date; to: Date; slotSeconds: number; originSeconds: number; slots: Date[] };

/** The smallest slot that keeps a custom period within MAX_SLOTS points (the longest period, 31 days, gets days). */
export function customSlotSeconds(spanSeconds: number): number {
  return CUSTOM_SLOTS.find((slot) => Math.ceil(spanSeconds / slot) <= MAX_SLOTS) ?? DAY;
}

/**
 * A preset: the slots ending with the one holding `now` (UTC boundaries). A custom period: exactly
 * [from, to), its slots counted from `from` (the last one shorter when the span is not a whole number of
 * slots), the same whatever `now` is, so a past period stays where it is.
 */
export function analyticsWindow(period: TAnalyticsPeriod, now: Date): TAnalyticsWindow {
  if (period.range === "custom") {
    const origin = period.from.getTime() / 1000;
    const span = period.to.getTime() / 1000 - origin;
    const slot = customSlotSeconds(span);
    const slots = Array.from({ length: Math.ceil(span / slot) }, (_, i) => new Date((origin + i * slot) * 1000));
    return { from: period.from, to: period.to, slotSeconds: slot, originSeconds: origin, slots };
  }
  const { seconds, slot } = WINDOWS[period.range];
  const count = seconds / slot;
  const lastStart = Math.floor(now.getTime() / 1000 / slot) * slot;
  const slots = Array.from({ length: count }, (_, i) => new Date((lastStart - (count - 1 - i) * slot) * 1000));
  return { from: slots[0] as Date, to: new Date((lastStart + slot) * 1000), slotSeconds: slot, originSeconds: 0, slots };
}
