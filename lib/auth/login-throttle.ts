/**
 * Slows password guessing without letting a stranger lock the real admin out. Failures are counted per
 * client address + email pair: the FREE_PAIR_FAILURES-th failure closes that pair for 1 s, and each further
 * one for twice as long as the one before (2 s, 4 s… up to MAX_DELAY). The same email from another address is not
 * affected, and once the delay has passed the right password works (and clears the pair). A second, looser
 * count per address bounds the scrypt work one address can ask for by rotating emails. In memory: a restart
 * forgets, which is acceptable for a single-process, self-hosted app.
 */
const FREE_PAIR_FAILURES = 5;
const FREE_ADDRESS_FAILURES = 50;
const BASE_DELAY_MS = 1_000;
const MAX_DELAY_MS = 15 * 60_000;
/** A count with no new failure for this long is forgotten. */
const FORGET_MS = 60 * 60_000;
const MAX_ENTRIES = 20_000;

type Entry = { failures: number; blockedUntil: number; lastFailureAt: number };

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterMs: number };

export class LoginThrottle {
  // Insertion order = order of the last failure, so the oldest entry is always first (evicted in O(1)).
  private entries = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {}

  check(address: string, email: string): ThrottleVerdict {
    const until = Math.max(this.blockedUntil(pairKey(address, email)), this.blockedUntil(addressKey(address)));
    const wait = until - this.now();
    return wait > 0 ? { allowed: false, retryAfterMs: wait } : { allowed: true };
  }

  fail(address: string, email: string): void {
    this.count(pairKey(address, email), FREE_PAIR_FAILURES);
    this.count(addressKey(address), FREE_ADDRESS_FAILURES);
  }

  /** The right password: that pair starts afresh (the address count only decays, so one account cannot reset it). */
  succeed(address: string, email: string): void {
    this.entries.delete(pairKey(address, email));
  }

  private entry(key: string): Entry | undefined {
    const e = this.entries.get(key);
    if (e && this.now() - e.lastFailureAt > FORGET_MS) {
      this.entries.delete(key);
      return undefined;
    }
    return e;
  }

  private blockedUntil(key: string): number {
    return this.entry(key)?.blockedUntil ?? 0;
  }

  private count(key: string, free: number): void {
    const now = this.now();
    const e = this.entry(key) ?? { failures: 0, blockedUntil: 0, lastFailureAt: now };
    e.failures++;
    e.lastFailureAt = now;
    if (e.failures >= free) e.blockedUntil = now + Math.min(BASE_DELAY_MS * 2 ** Math.min(e.failures - free, 30), MAX_DELAY_MS);
    this.entries.delete(key);
    this.entries.set(key, e);
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
  }
}

const pairKey = (address: string, email: string) => `pair:${address}|${email}`;
const addressKey = (address: string) => `addr:${address}`;

declare global {
  var __vigiaLoginThrottle: LoginThrottle | undefined;
}

/** One throttle per process (route bundles share it through globalThis). */
export function loginThrottle(): LoginThrottle {
  globalThis.__vigiaLoginThrottle ??= new LoginThrottle();
  return globalThis.__vigiaLoginThrottle;
}
