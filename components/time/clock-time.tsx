"use client";

import { useFormatter } from "next-intl";

/** Time of day for feed rows; the date is added when it is not today (both in the configured time zone). */
export function ClockTime({ iso, className }: { iso: string; className?: string }) {
  const format = useFormatter();
  const date = new Date(iso);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "short" });
  const today = day(date) === day(new Date());
  return (
    <time
      dateTime={iso}
      title={format.dateTime(date, { dateStyle: "full", timeStyle: "medium" })}
      className={className}
      suppressHydrationWarning
    >
      {today
        ? format.dateTime(date, { timeStyle: "medium" })
        : format.dateTime(date, { dateStyle: "short", timeStyle: "short" })}
    </time>
  );
}
