import { parseArgs } from "node:util";
import { z } from "zod";
import type { TRequeueSelection } from "@/lib/normaliser/requeue-raw-events";

export const REPROCESS_USAGE = `usage: npm run reprocess -- [--result unrecognized|failed] [--type T] [--since ISO]

Marks processed webhooks unprocessed, so the normaliser applies them again with the rules of this version.
Without options: every processed webhook. Options narrow the choice and combine:
  --result unrecognized|failed   only those with this result
  --type T                       only this Z-API type (e.g. ReceivedCallback)
  --since ISO                    only those received at or after this moment (2026-12-01 or 2026-12-01T09:30:00-03:00)`;

const ZReprocessArgs = z.strictObject({
  result: z.enum(["unrecognized", "failed"], { error: "must be unrecognized or failed" }).optional(),
  type: z.string().trim().min(1, "must not be empty").max(120, "must be at most 120 characters").optional(),
  since: z
    .union([z.iso.datetime({ offset: true }), z.iso.date()], { error: "must be an ISO date or date-time, e.g. 2026-12-01 or 2026-12-01T09:30:00Z" })
    .transform((s) => new Date(s))
    .optional(),
  help: z.boolean().optional(),
});

export type ReprocessArgs = { ok: true; help: boolean; selection: TRequeueSelection } | { ok: false; errors: string[] };

/** The command line after `--`: parsed, then checked with zod; every problem as a readable line. */
export function parseReprocessArgs(argv: string[]): ReprocessArgs {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: { result: { type: "string" }, type: { type: "string" }, since: { type: "string" }, help: { type: "boolean", short: "h" } },
    }).values;
  } catch (e) {
    return { ok: false, errors: [e instanceof Error ? e.message : String(e)] };
  }
  const parsed = ZReprocessArgs.safeParse(values);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`) };
  const { help, ...selection } = parsed.data;
  return { ok: true, help: help === true, selection };
}

/** "unrecognized ReceivedCallback webhooks received since …", for the report of what was queued. */
export function describeSelection(s: TRequeueSelection): string {
  const parts = [s.result, s.type, "webhook(s)"].filter(Boolean).join(" ");
  return s.since ? `${parts} received since ${s.since.toISOString()}` : parts;
}
