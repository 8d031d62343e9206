import { z } from "zod";

// Cursors are opaque to clients: base64url JSON of the sort key of the last item returned.
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

export function decodeCursor<T extends z.ZodType>(cursor: string | undefined, schema: T): z.infer<T> | null | undefined {
  if (!cursor) return undefined;
  try {
    const r = schema.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

export const ZLimit = z.coerce.number().int().min(1).max(200).default(50);
