/** Waits before each retry of a failed delivery; after the last, it is given up as failed. */
const RETRY_DELAYS_MS = [30_000, 120_000, 600_000, 1_800_000, 3_600_000];

/** When to try again after `attempts` failed attempts, or null when it is time to give up. */
export function nextAttemptAt(attempts: number, now: Date): Date | null {
  const wait = RETRY_DELAYS_MS[attempts - 1];
  return wait === undefined ? null : new Date(now.getTime() + wait);
}
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
