import { z } from "zod";

// Cursors are opaque to clients: base64url JSON of the sort key of the last item returned.
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

function decodeCursor<T extends z.ZodType>(cursor: string, schema: T): { ok: true; value: z.infer<T> } | { ok: false } {
  try {
    const r = schema.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return r.success ? { ok: true, value: r.data } : { ok: false };
  } catch {
    return { ok: false };
  }
}

/**
 * A query's `cursor` field: decoded and checked while the query is parsed, so that a forged or stale cursor is
 * an issue at `cursor`, which parseQuery (lib/http/respond.ts) answers as `invalid_cursor` for every list alike,
 * and never an invalid date or a failed uuid cast in a query. Empty means the first page.
 */
export function zCursor<T extends z.ZodType>(schema: T) {
  return z
    .string()
    .max(500)
    .transform((cursor, ctx): z.infer<T> | undefined => {
      if (!cursor) return undefined;
      const decoded = decodeCursor(cursor, schema);
      if (decoded.ok) return decoded.value;
      ctx.addIssue({ code: "custom", message: "not a cursor this list gave out" });
      return z.NEVER;
    })
    .optional();
}

export const ZLimit = z.coerce.number().int().min(1).max(200).default(50);
