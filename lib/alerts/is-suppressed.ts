import { isQuietHour } from "./is-quiet-hour";
import type { TPolicy } from "./resolve-policy";

export type TWindow = { instanceId: string | null; startsAt: Date; endsAt: Date };

/**
 * Whether alerts about `instanceId` (null: the installation) wait at `now`: snoozed, inside a maintenance
 * window of the instance or of every instance, or in quiet hours. Waiting, not dropped: the alert loop decides
 * again at every tick, so an outage that outlasts the pause is announced when it ends.
 */
export function isSuppressed(policy: TPolicy, windows: readonly TWindow[], instanceId: string | null, now: Date): boolean {
  if (policy.snoozedUntil && policy.snoozedUntil > now) return true;
  if (windows.some((w) => (w.instanceId === null || w.instanceId === instanceId) && w.startsAt <= now && now < w.endsAt)) return true;
  return isQuietHour(now, policy.quietStart, policy.quietEnd, policy.timeZone);
}
