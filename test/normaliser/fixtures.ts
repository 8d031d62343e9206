import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The Z-API fixtures kept in the repo (a copy of the research folder; see test/fixtures-in-sync.test.ts). */
export const FIXTURES_DIR = process.env.ZAPI_FIXTURES_DIR ?? path.resolve(import.meta.dirname, "../../fixtures/zapi");

/** Every fixture file name (INDEX.md and anything else that is not JSON is skipped). */
export function fixtureNames(): string[] {
  return readdirSync(FIXTURES_DIR).filter((f) => f.endsWith(".json")).sort();
}

export function loadFixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(FIXTURES_DIR, name), "utf8")) as Record<string, unknown>;
}
