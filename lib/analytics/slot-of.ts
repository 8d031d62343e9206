import { Prisma } from "@/lib/generated/prisma/client";
import type { TAnalyticsWindow } from "./analytics-window";

/**
 * The start of the chart slot a rollup minute falls in, counted from the window's origin (UTC boundaries for
 * the presets, the period's start for a custom one: lib/analytics/analytics-window.ts).
 */
export function slotOf(window: Pick<TAnalyticsWindow, "slotSeconds" | "originSeconds">): Prisma.Sql {
  const { slotSeconds, originSeconds } = window;
  return Prisma.sql`to_timestamp(floor((extract(epoch FROM r.minute) - ${originSeconds}::bigint) / ${slotSeconds}::int) * ${slotSeconds}::int + ${originSeconds}::bigint)`;
}
