import { wallClockToDate } from "./wall-clock";

/** Longest custom period: the longest preset (30 days) and a day to spare, read from the rollups in one go. */
export const MAX_CUSTOM_DAYS = 31;
const MINUTE_MS = 60_000;
const MAX_SPAN_MS = MAX_CUSTOM_DAYS * 86_400_000;

/** Why a custom period was refused; each has words in messages/*.json (analyticsPeriod.problem). */
export const PERIOD_PROBLEMS = ["fromMissing", "toMissing", "fromInvalid", "toInvalid", "order", "tooLong"] as const;
export type TPeriodProblem = (typeof PERIOD_PROBLEMS)[number];

/** The same reasons for API callers (GET /api/analytics answers them in `details`). */
export const PERIOD_PROBLEM_TEXT: Record<TPeriodProblem, string> = {
  fromMissing: "a custom period needs `from`",
  toMissing: "a custom period needs `to`",
  fromInvalid: "`from` is not a date and time (2026-12-02T10:00 in the dashboard's time zone, or ISO 8601 with Z or an offset)",
  toInvalid: "`to` is not a date and time (2026-12-02T10:00 in the dashboard's time zone, or ISO 8601 with Z or an offset)",
  order: "`from` must be at least a minute before `to`",
  tooLong: `a custom period can be at most ${MAX_CUSTOM_DAYS} days long`,
};

const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/i;

/**
 * One end of a period: an ISO 8601 instant with `Z` or an offset as written, or a wall-clock time (what
 * `<input type="datetime-local">` submits) in `timeZone`. Null when it is neither.
 */
export function parseInstant(value: string, timeZone: string): Date | null {
  if (!WITH_OFFSET.test(value)) return wallClockToDate(value, timeZone);
  const wall = wallClockToDate(value.replace(/(?:Z|[+-]\d{2}:\d{2})$/i, ""), "UTC"); // rejects 31 February, 25:00
  const at = Date.parse(value);
  return wall === null || Number.isNaN(at) ? null : new Date(at);
}

const floorToMinute = (d: Date) => new Date(Math.floor(d.getTime() / MINUTE_MS) * MINUTE_MS);

export type TParsedPeriod = { ok: true; from: Date; to: Date } | { ok: false; problem: TPeriodProblem; field: "from" | "to" };

/**
 * A custom period [from, to) from the two URL values. Both ends are floored to the minute, the rollups'
 * step (prisma/migrations/20261202073000_analytics/migration.sql keeps one row per minute): a period can
 * only start and end where a rollup minute does.
 */
export function parseCustomPeriod(fromValue: string | undefined, toValue: string | undefined, timeZone: string): TParsedPeriod {
  const fromText = fromValue?.trim() ?? "";
  const toText = toValue?.trim() ?? "";
  if (fromText === "") return { ok: false, problem: "fromMissing", field: "from" };
  if (toText === "") return { ok: false, problem: "toMissing", field: "to" };
  const from = parseInstant(fromText, timeZone);
  if (from === null) return { ok: false, problem: "fromInvalid", field: "from" };
  const to = parseInstant(toText, timeZone);
  if (to === null) return { ok: false, problem: "toInvalid", field: "to" };
  const start = floorToMinute(from);
  const end = floorToMinute(to);
  if (end.getTime() <= start.getTime()) return { ok: false, problem: "order", field: "to" };
  if (end.getTime() - start.getTime() > MAX_SPAN_MS) return { ok: false, problem: "tooLong", field: "to" };
  return { ok: true, from: start, to: end };
}
