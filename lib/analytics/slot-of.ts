import { Prisma } from "@/lib/generated/prisma/client";

/** The start of the chart slot a rollup minute falls in (UTC boundaries, lib/analytics/analytics-window.ts). */
export function slotOf(slotSeconds: number): Prisma.Sql {
  return Prisma.sql`to_timestamp(floor(extract(epoch FROM r.minute) / ${slotSeconds}::int) * ${slotSeconds}::int)`;
}
