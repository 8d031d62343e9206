/**
 * Slows password guessing: after MAX_FAILURES failed logins for the same email or address within WINDOW,
 * further attempts are refused until the window passes. In memory: a restart forgets, which is acceptable
 * for a single-process, self-hosted app.
 */
const WINDOW_MS = 15 * 60_000;
const MAX_FAILURES = 10;

type Bucket = { failures: number; resetAt: number };

export class LoginThrottle {
  private buckets = new Map<string, Bucket>();

  constructor(private readonly now: () => number = Date.now) {}

  isBlocked(keys: string[]): boolean {
    return keys.some((k) => {
      const b = this.bucket(k);
      return b !== undefined && b.failures >= MAX_FAILURES;
    });
  }

  fail(keys: string[]): void {
    for (const k of keys) {
      const b = this.bucket(k) ?? { failures: 0, resetAt: this.now() + WINDOW_MS };
      b.failures++;
      this.buckets.set(k, b);
    }
    if (this.buckets.size > 10_000) this.prune();
  }

  succeed(keys: string[]): void {
    for (const k of keys) this.buckets.delete(k);
  }

  private bucket(k: string): Bucket | undefined {
    const b = this.buckets.get(k);
    if (b && b.resetAt <= this.now()) {
      this.buckets.delete(k);
      return undefined;
    }
    return b;
  }

  private prune(): void {
    for (const k of [...this.buckets.keys()]) this.bucket(k);
  }
}

declare global {
  var __vigiaLoginThrottle: LoginThrottle | undefined;
}

/** One throttle per process (route bundles share it through globalThis). */
export function loginThrottle(): LoginThrottle {
  globalThis.__vigiaLoginThrottle ??= new LoginThrottle();
  return globalThis.__vigiaLoginThrottle;
}
