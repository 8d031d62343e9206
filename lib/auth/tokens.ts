import { createHash, randomBytes } from "node:crypto";

export const SESSION_COOKIE = "vigia_session";
export const SESSION_DAYS = 30;

/** A new random credential (session cookie value or API token), URL-safe. */
export function newSecret(prefix = ""): string {
  return prefix + randomBytes(32).toString("base64url");
}

/** Credentials are stored only as their SHA-256, so a database leak does not leak sessions or tokens. */
export function hashSecret(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}
