"use client";

import { useFormatter } from "next-intl";

/** A step's exact time: date, time to the millisecond, in the configured time zone. */
export function ExactTime({ iso, className }: { iso: string; className?: string }) {
  const format = useFormatter();
  const date = new Date(iso);
  return (
    <time dateTime={iso} className={className} suppressHydrationWarning>
      {format.dateTime(date, { day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", second: "2-digit", fractionalSecondDigits: 3 })}
    </time>
  );
}
