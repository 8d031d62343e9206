"use client";

import { useFormatter, useNow, useTranslations } from "next-intl";

const DAY_MS = 86_400_000;

/** The chat list's time: the hour today, "yesterday", the weekday within a week, else the date (user's time zone). */
export function ChatTime({ iso, className }: { iso: string; className?: string }) {
  const format = useFormatter();
  const t = useTranslations("chats");
  const now = useNow({ updateInterval: 60_000 });
  const date = new Date(iso);
  const day = (d: Date) => format.dateTime(d, { year: "numeric", month: "2-digit", day: "2-digit" });
  const text =
    day(date) === day(now)
      ? format.dateTime(date, { hour: "2-digit", minute: "2-digit" })
      : day(date) === day(new Date(now.getTime() - DAY_MS))
        ? t("yesterday")
        : now.getTime() - date.getTime() < 6 * DAY_MS
          ? format.dateTime(date, { weekday: "long" })
          : format.dateTime(date, { dateStyle: "short" });
  return (
    <time dateTime={iso} title={format.dateTime(date, { dateStyle: "full", timeStyle: "short" })} className={className} suppressHydrationWarning>
      {text}
    </time>
  );
}
