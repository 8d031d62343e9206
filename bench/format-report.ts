import type { LatencySummary } from "./percentiles";
import type { DatabaseActivity } from "./database-activity";
import { NOT_SEEN_AFTER_MS, type TargetResult } from "./measure-target";

const ms = (s: LatencySummary | null, key: "p50" | "p99"): string => (s ? `${s[key].toFixed(1)} ms` : "n/a");
const ratio = (a: number | undefined, b: number | undefined): string => (a !== undefined && b !== undefined && b > 0 ? `${(a / b).toFixed(2)}×` : "n/a");

export type BenchResults = {
  /** Saturation: as fast as answers come back. */
  vigia: TargetResult;
  bare: TargetResult;
  floor: TargetResult;
  /** A steady, paced rate of half of `vigia`'s webhooks/s, for both pipelines. */
  vigiaSteady: TargetResult;
  bareSteady: TargetResult;
  /** Vigia as several processes (`--processes N`) at saturation, when asked for. */
  several: TargetResult | null;
  /** The no-op floor on those processes (measured first, which also warms them up as the floor does one). */
  severalFloor: TargetResult | null;
};

/** The tables and ratios `npm run bench` prints: the figures issue 6's done-when names, as ratios, no verdicts. */
export function formatReport(header: string, r: BenchResults): string {
  const stored = [r.bare, r.vigia, r.vigiaSteady, r.bareSteady, ...(r.several ? [r.several] : [])];
  const later = `on socket ${NOT_SEEN_AFTER_MS / 1000}s after`;
  const floors = new Set([r.floor, r.severalFloor]);
  const table = [
    ["target", "rate", "webhooks/s", "POST p50", "POST p99", "webhook→socket p50", "webhook→socket p99", later, "requests", "answers"],
    ...[r.bare, r.floor, r.vigia, ...(r.severalFloor ? [r.severalFloor] : []), ...(r.several ? [r.several] : []), r.bareSteady, r.vigiaSteady].map((t) => [
      t.name,
      t.rate === null ? "saturation" : `${t.rate}/s`,
      t.perSecond.toFixed(0),
      ms(t.post, "p50"),
      ms(t.post, "p99"),
      floors.has(t) ? "n/a" : ms(t.toSocket, "p50"),
      floors.has(t) ? "n/a" : ms(t.toSocket, "p99"),
      floors.has(t) ? "n/a" : `${t.notSeenAfterLoad ?? "?"} missing`,
      String(t.requests),
      [...t.statuses].map(([k, n]) => `${k}×${n}`).join(", "),
    ]),
  ];
  const widths = table[0]?.map((_, c) => Math.max(...table.map((row) => (row[c] ?? "").length))) ?? [];
  const lines = table.map((row) => row.map((cell, c) => (c === 0 || c === 9 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join("  "));
  const loss = (t: TargetResult) =>
    `  ${t.name} (${t.rate === null ? "saturation" : `${t.rate}/s`}): ${t.acked} acknowledged · ${t.missingInDb ?? "?"} not in the database · ${t.missingOnSocket ?? "?"} never on a socket · ${t.ackedWithoutId} answered without an id` +
    (t.spooled ? ` · ${t.spooled} kept in the spool (no id to follow; the phase added ${t.rowsStored ?? "?"} rows for ${t.acked} acknowledged)` : "") +
    (t.drainMs === null ? "" : ` · last one announced ${(t.drainMs / 1000).toFixed(1)} s after the load stopped`);
  return [
    header,
    "",
    ...lines,
    "",
    `At saturation, Vigia / framework floor: webhooks/s ${ratio(r.vigia.perSecond, r.floor.perSecond)} · POST p50 ${ratio(r.vigia.post?.p50, r.floor.post?.p50)} · POST p99 ${ratio(r.vigia.post?.p99, r.floor.post?.p99)}`,
    `At saturation, Vigia / bare reference: webhooks/s ${ratio(r.vigia.perSecond, r.bare.perSecond)} · webhook→socket p99 ${ratio(r.vigia.toSocket?.p99, r.bare.toSocket?.p99)} · acknowledged but not on the socket ${NOT_SEEN_AFTER_MS / 1000} s after the load stopped: Vigia ${r.vigia.notSeenAfterLoad ?? "?"}, bare ${r.bare.notSeenAfterLoad ?? "?"}`,
    `At ${r.vigiaSteady.rate ?? "?"} webhooks/s (half of Vigia's capacity), Vigia / bare reference: webhook→socket p50 ${ratio(r.vigiaSteady.toSocket?.p50, r.bareSteady.toSocket?.p50)} · p99 ${ratio(r.vigiaSteady.toSocket?.p99, r.bareSteady.toSocket?.p99)} · POST p99 ${ratio(r.vigiaSteady.post?.p99, r.bareSteady.post?.p99)}`,
    ...(r.several ? [`${r.several.name} / one process, at saturation: webhooks/s ${ratio(r.several.perSecond, r.vigia.perSecond)} · webhook→socket p99 ${ratio(r.several.toSocket?.p99, r.vigia.toSocket?.p99)}`] : []),
    ...(r.several && r.severalFloor
      ? [`${r.severalFloor.name} / one process: webhooks/s ${ratio(r.severalFloor.perSecond, r.floor.perSecond)} · Vigia / floor on those processes: ${ratio(r.several.perSecond, r.severalFloor.perSecond)}`]
      : []),
    "",
    "Where Vigia's webhook→socket time goes: storing (POST), waiting in the raw log for a normaliser batch, the rest (batch, commit, change stream, socket):",
    ...stored
      .filter((t) => t.normaliserWait)
      .map((t) => `  ${t.name} (${t.rate === null ? "saturation" : `${t.rate}/s`}): POST p50 ${ms(t.post, "p50")} · raw-log wait p50 ${ms(t.normaliserWait, "p50")}, p99 ${ms(t.normaliserWait, "p99")} · webhook→socket p50 ${ms(t.toSocket, "p50")}`),
    "",
    "PostgreSQL's work per acknowledged webhook, storing and normalising included (pg_stat_database, estimates):",
    ...stored.map((t) => `  ${t.name} (${t.rate === null ? "saturation" : `${t.rate}/s`}): ${t.perWebhook ? `${t.perWebhook.commits.toFixed(2)} commits · ${t.perWebhook.rowsWritten.toFixed(1)} rows written · ${t.perWebhook.rowsRead.toFixed(0)} rows read (most from ${topTables(t.perWebhook)})` : "n/a"}`),
    "",
    "Acknowledged (2xx, warm-up included) but never stored or never announced — must be 0:",
    ...stored.map(loss),
  ].join("\n");
}

/** Acknowledged webhooks that went missing, over the targets that store something. */
export function countLost(results: TargetResult[]): number {
  // Spooled events have no id to follow: counted lost only when the table has fewer new rows than acknowledgements.
  const spooledShort = (r: TargetResult) => (r.spooled && r.rowsStored !== null ? Math.max(0, r.acked - r.rowsStored) : 0);
  return results.reduce((sum, r) => sum + (r.missingInDb ?? 0) + (r.missingOnSocket ?? 0) + r.ackedWithoutId + spooledShort(r), 0);
}

/** The three tables most rows were read from, per webhook: where a read-heavy phase spends it. */
function topTables(activity: DatabaseActivity): string {
  const top = Object.entries(activity.readByTable).slice(0, 3);
  return top.length === 0 ? "no table" : top.map(([name, read]) => `${name} ${read.toFixed(0)}`).join(", ");
}
