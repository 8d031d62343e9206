"use client";

import { useFormatter, useNow, useTranslations } from "next-intl";

/** The calendar day of a date in the user's time zone, as a comparable key. */
export function useDayKey(): (iso: string) => string {
  const format = useFormatter();
  return (iso) => format.dateTime(new Date(iso), { year: "numeric", month: "2-digit", day: "2-digit" });
}

/** "Today", "Yesterday" or the date, centred between two days of a conversation. */
export function DayDivider({ iso }: { iso: string }) {
  const format = useFormatter();
  const t = useTranslations("chats");
  const now = useNow({ updateInterval: 60_000 });
  const dayKey = useDayKey();
  const key = dayKey(iso);
  const label =
    key === dayKey(now.toISOString())
      ? t("today")
      : key === dayKey(new Date(now.getTime() - 86_400_000).toISOString())
        ? t("yesterday")
        : format.dateTime(new Date(iso), { dateStyle: "long" });
  return (
    <li className="my-2 flex justify-center" data-testid="day-divider">
      <span className="rounded-lg bg-white/95 px-3 py-1 text-xs font-medium text-zinc-600 shadow-sm dark:bg-zinc-800/95 dark:text-zinc-300" suppressHydrationWarning>
        {label}
      </span>
    </li>
  );
}
