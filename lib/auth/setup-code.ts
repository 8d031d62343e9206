import { randomInt } from "node:crypto";
import { secretsMatch } from "@/lib/webhooks/secrets-match";

// No 0/O, 1/I/L: the code is read off a console and typed by hand.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const LENGTH = 12; // 31^12 ≈ 2^59 guesses

declare global {
  var __vigiaSetupCode: string | undefined;
}

/** "ABCD-EFGH-JKMN" and "abcd efgh jkmn" are the same code. */
function canonical(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

/**
 * A one-time code that lets the first admin be created from another machine (like Grafana's or Jenkins'
 * initial password): printed at start while no user exists (lib/runtime/print-banner.ts), kept only in this
 * process's memory (a restart prints a new one), and spent when the admin is created.
 */
export function issueSetupCode(): string {
  const raw = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  globalThis.__vigiaSetupCode = raw;
  return raw.match(/.{4}/g)?.join("-") ?? raw;
}

/** Constant-time; false when no code is outstanding. */
export function setupCodeMatches(given: string | undefined): boolean {
  const expected = globalThis.__vigiaSetupCode;
  return !!expected && !!given && secretsMatch(canonical(given), expected);
}

export function spendSetupCode(): void {
  globalThis.__vigiaSetupCode = undefined;
}

/** A server process of a cluster takes the code its primary printed, so each of them accepts that one. */
export function adoptSetupCode(code: string): void {
  globalThis.__vigiaSetupCode = canonical(code);
}
