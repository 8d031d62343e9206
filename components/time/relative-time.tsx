"use client";

import { useFormatter, useNow } from "next-intl";

const TICK_MS = 15_000;

/**
 * "há 3 min" that keeps itself current, with the exact time (in the configured time zone) as tooltip.
 * The server's and the browser's "now" differ by the page's travel time, hence suppressHydrationWarning.
 */
export function RelativeTime({ iso, className }: { iso: string; className?: string }) {
  const format = useFormatter();
  const now = useNow({ updateInterval: TICK_MS });
  const date = new Date(iso);
  // Clamp: a server clock slightly ahead of the browser's would otherwise say "in 2 seconds".
  const shown = date.getTime() > now.getTime() ? now : date;
  return (
    <time
      dateTime={iso}
      title={format.dateTime(date, { dateStyle: "medium", timeStyle: "medium" })}
      className={className}
      suppressHydrationWarning
    >
      {format.relativeTime(shown, now)}
    </time>
  );
}
