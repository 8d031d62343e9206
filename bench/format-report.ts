import type { LatencySummary } from "./percentiles";
import type { TargetResult } from "./measure-target";

const ms = (s: LatencySummary | null, key: "p50" | "p99"): string => (s ? `${s[key].toFixed(1)} ms` : "n/a");
const ratio = (a: number | undefined, b: number | undefined): string => (a !== undefined && b !== undefined && b > 0 ? `${(a / b).toFixed(2)}×` : "n/a");

/** The table and ratios `npm run bench` prints; `vigia`, `bare` and `floor` are the three targets. */
export function formatReport(header: string, results: { vigia: TargetResult; bare: TargetResult; floor: TargetResult }): string {
  const rows = [results.bare, results.floor, results.vigia];
  const table = [
    ["target", "webhooks/s", "POST p50", "POST p99", "webhook→socket p50", "webhook→socket p99", "requests", "answers"],
    ...rows.map((r) => [
      r.name,
      r.perSecond.toFixed(0),
      ms(r.post, "p50"),
      ms(r.post, "p99"),
      r === results.floor ? "n/a" : ms(r.toSocket, "p50"),
      r === results.floor ? "n/a" : ms(r.toSocket, "p99"),
      String(r.requests),
      [...r.statuses].map(([k, n]) => `${k}×${n}`).join(", "),
    ]),
  ];
  const widths = table[0]?.map((_, c) => Math.max(...table.map((row) => (row[c] ?? "").length))) ?? [];
  const lines = table.map((row) => row.map((cell, c) => (c === 0 || c === 7 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join("  "));
  const { vigia, bare, floor } = results;
  const loss = (r: TargetResult) =>
    `  ${r.name}: ${r.acked} acknowledged · ${r.missingInDb ?? "?"} not in the database · ${r.missingOnSocket ?? "?"} never on a socket · ${r.ackedWithoutId} answered without an id` +
    (r.drainMs === null ? "" : ` · last one announced ${(r.drainMs / 1000).toFixed(1)} s after the load stopped`);
  return [
    header,
    "",
    ...lines,
    "",
    `Vigia / bare reference:  webhooks/s ${ratio(vigia.perSecond, bare.perSecond)} · POST p50 ${ratio(vigia.post?.p50, bare.post?.p50)} · POST p99 ${ratio(vigia.post?.p99, bare.post?.p99)} · webhook→socket p99 ${ratio(vigia.toSocket?.p99, bare.toSocket?.p99)}`,
    `Vigia / framework floor: webhooks/s ${ratio(vigia.perSecond, floor.perSecond)} · POST p50 ${ratio(vigia.post?.p50, floor.post?.p50)} · POST p99 ${ratio(vigia.post?.p99, floor.post?.p99)}`,
    "",
    "Acknowledged (2xx, warm-up included) but never stored or never announced — must be 0:",
    loss(vigia),
    loss(bare),
  ].join("\n");
}

/** Acknowledged webhooks that went missing, over the targets that store something. */
export function countLost(results: TargetResult[]): number {
  return results.reduce((sum, r) => sum + (r.missingInDb ?? 0) + (r.missingOnSocket ?? 0) + r.ackedWithoutId, 0);
}
