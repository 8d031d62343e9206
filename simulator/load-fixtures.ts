import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { JsonObject } from "./traffic-types";

/** Fixture file name (without `.json`) → parsed body. */
export type Fixtures = ReadonlyMap<string, JsonObject>;

/** The fixtures the traffic is cloned from; loading fails early, naming the missing ones. */
export const REQUIRED_FIXTURES = [
  "delivery",
  "delivery-error",
  "status-received-captured",
  "status-group-read-captured",
  "status-read-by-me",
  "status-group-read-by-me-captured",
  "disconnected",
  "connected-captured",
  "presence-composing",
  "presence-paused",
  "presence-recording",
  "presence-available",
  "received-text-fromme-phone-captured",
  "received-group-text-captured",
  "received-image",
  "received-image-group-captured",
  "received-audio-private-captured",
  "received-video",
  "received-document",
  "received-document-group-captured",
  "received-sticker-captured",
  "received-reaction",
  "received-reaction-lid-captured",
  "received-reaction-removed-captured",
  "notification-revoke-captured",
] as const;

export type FixtureName = (typeof REQUIRED_FIXTURES)[number];

// The repo's copy of the Z-API research fixtures (real-shaped webhook bodies).
const CANDIDATE_DIRS = ["fixtures/zapi"];

/** The fixtures folder: `explicit`, else $VIGIA_FIXTURES_DIR, else the first known folder that exists. */
export function resolveFixturesDir(explicit?: string, cwd: string = process.cwd()): string {
  const chosen = explicit ?? process.env.VIGIA_FIXTURES_DIR;
  if (chosen) return path.resolve(cwd, chosen);
  for (const candidate of CANDIDATE_DIRS) {
    const dir = path.resolve(cwd, candidate);
    if (existsSync(path.join(dir, "delivery.json"))) return dir;
  }
  throw new Error(`no Z-API fixtures found (looked in ${CANDIDATE_DIRS.join(", ")}); pass --fixtures <dir>`);
}

export async function loadFixtures(dir: string): Promise<Fixtures> {
  const names = (await readdir(dir)).filter((n) => n.endsWith(".json"));
  const fixtures = new Map<string, JsonObject>();
  for (const file of names) {
    const parsed: unknown = JSON.parse(await readFile(path.join(dir, file), "utf8"));
    if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)) {
      fixtures.set(file.slice(0, -".json".length), parsed as JsonObject);
    }
  }
  const missing = REQUIRED_FIXTURES.filter((n) => !fixtures.has(n));
  if (missing.length > 0) throw new Error(`fixtures missing in ${dir}: ${missing.join(", ")}`);
  return fixtures;
}
