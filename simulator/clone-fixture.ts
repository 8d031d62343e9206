import type { Fixtures, FixtureName } from "./load-fixtures";
import type { Json, JsonObject } from "./traffic-types";

/** A value to set, or `undefined` to drop the key (some real shapes omit keys the docs print as null). */
export type Overrides = { [key: string]: Json | undefined };

/**
 * A deep copy of a fixture with `overrides` applied. Existing keys keep their position, so the clone keeps
 * the fixture's key order; new keys go last. The fixture's instanceId and messageId are also replaced inside
 * every string (real media URLs embed both: `…/instances/<instanceId>/<messageId>/…`).
 */
export function cloneFixture(fixtures: Fixtures, name: FixtureName, overrides: Overrides): JsonObject {
  const fixture = fixtures.get(name);
  if (!fixture) throw new Error(`fixture ${name} not loaded`);
  const swaps: Array<[string, string]> = [];
  for (const key of ["instanceId", "messageId"]) {
    const from = fixture[key];
    const to = overrides[key];
    if (typeof from === "string" && typeof to === "string" && from.length >= 8) swaps.push([from, to]);
  }
  const copy = rewriteStrings(fixture, swaps);
  if (copy === null || typeof copy !== "object" || Array.isArray(copy)) throw new Error(`fixture ${name} is not an object`);
  return patch(copy, overrides);
}

/** `target` with `overrides` applied, keeping the key order of `target`. */
export function patch(target: JsonObject, overrides: Overrides): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(target)) {
    if (!(key in overrides)) out[key] = value;
    else if (overrides[key] !== undefined) out[key] = overrides[key];
  }
  for (const [key, value] of Object.entries(overrides)) {
    if (!(key in target) && value !== undefined) out[key] = value;
  }
  return out;
}

/** The nested object `key` of a fixture body, for patching a content object (`text`, `reaction`, …). */
export function nested(body: JsonObject, key: string): JsonObject {
  const value = body[key];
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new Error(`fixture has no object "${key}"`);
  return value;
}

function rewriteStrings(value: Json, swaps: ReadonlyArray<[string, string]>): Json {
  if (typeof value === "string") return swaps.reduce((s, [from, to]) => s.split(from).join(to), value);
  if (Array.isArray(value)) return value.map((v) => rewriteStrings(v, swaps));
  if (value !== null && typeof value === "object") {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) out[k] = rewriteStrings(v, swaps);
    return out;
  }
  return value;
}
