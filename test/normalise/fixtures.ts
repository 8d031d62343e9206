import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The shared Z-API fixtures; override with ZAPI_FIXTURES_DIR when the checkout lives elsewhere. */
export const FIXTURES_DIR = process.env.ZAPI_FIXTURES_DIR ?? "/work/shared/zapi/fixtures";

/** Every fixture file name (INDEX.md and anything else that is not JSON is skipped). */
export function fixtureNames(): string[] {
  return readdirSync(FIXTURES_DIR).filter((f) => f.endsWith(".json")).sort();
}

export function loadFixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(FIXTURES_DIR, name), "utf8")) as Record<string, unknown>;
}
