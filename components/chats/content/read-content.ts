// Reading a message's `content` (the Z-API payload object as stored, docs/zapi/SPEC.md §6.2) without trusting
// its shape: every field may be missing, null or of another type in a payload we have not seen.

export type Rec = Record<string, unknown>;

export function rec(value: unknown): Rec | null {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Rec) : null;
}
export function str(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}
export function num(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}
export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
/** An http(s) URL with a host, or null: `https://` alone (as in Z-API's own examples), `javascript:`, … are not links. */
export function httpUrl(value: unknown): string | null {
  if (typeof value !== "string") return null;
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "" ? url.href : null;
  } catch {
    return null;
  }
}
/** Z-API times are epoch milliseconds, some seconds: anything below 10^11 is taken as seconds. */
export function epochIso(value: unknown): string | null {
  const n = num(value);
  if (n === null || n <= 0) return null;
  return new Date(n < 1e11 ? n * 1000 : n).toISOString();
}
