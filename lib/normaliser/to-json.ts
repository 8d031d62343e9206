import { Prisma } from "@/lib/generated/prisma/client";

/** A JSON column value: SQL NULL for null (not JSON `null`, so `content IS NULL` keeps meaning "none"). */
export function toJson(value: Record<string, unknown> | null): Prisma.InputJsonValue | typeof Prisma.DbNull {
  // The value came out of JSON.parse, so it is JSON by construction.
  return value === null ? Prisma.DbNull : (value as Prisma.InputJsonValue);
}
