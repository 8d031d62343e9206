"use client";

import { useTranslations } from "next-intl";
import { IconSearch } from "@/components/icons/chat-icons";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import type { TChatFilter } from "@/lib/chats/chat-filter";

const FILTERS = [
  { value: null, key: "all" },
  { value: "unread", key: "unread" },
  { value: "groups", key: "groups" },
  { value: "private", key: "private" },
  { value: "failed", key: "failedSends" },
] as const;

/** The search box and the filter chips above the chat list. */
export function ChatListToolbar({
  query,
  onQuery,
  filter,
  onFilter,
}: {
  query: string;
  onQuery: (q: string) => void;
  filter: TChatFilter | null;
  onFilter: (f: TChatFilter | null) => void;
}) {
  const t = useTranslations("chats.search");
  return (
    <div className="border-b border-zinc-200 px-3 py-2 dark:border-zinc-800">
      <label className="relative block">
        <span className="sr-only">{t("label")}</span>
        <IconSearch className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-zinc-400" />
        <input
          type="search"
          data-testid="chat-search"
          value={query}
          onChange={(event) => onQuery(event.target.value)}
          placeholder={t("placeholder")}
          maxLength={100}
          className={cn(
            focusRing,
            "w-full rounded-lg border border-zinc-200 bg-zinc-50 py-1.5 pr-2 pl-8 text-sm placeholder:text-zinc-400 dark:border-zinc-700 dark:bg-zinc-800",
          )}
        />
      </label>
      <div role="group" aria-label={t("filters")} className="mt-2 flex gap-1.5 overflow-x-auto">
        {FILTERS.map(({ value, key }) => (
          <button
            key={key}
            type="button"
            data-testid={`filter-${value ?? "all"}`}
            aria-pressed={filter === value}
            onClick={() => onFilter(value)}
            className={cn(
              focusRing,
              "shrink-0 rounded-full px-2.5 py-0.5 text-xs font-medium transition-colors",
              filter === value
                ? "bg-brand-100 text-brand-800 dark:bg-brand-900 dark:text-brand-200"
                : "bg-zinc-100 text-zinc-600 hover:bg-zinc-200 dark:bg-zinc-800 dark:text-zinc-300 dark:hover:bg-zinc-700",
            )}
          >
            {t(key)}
          </button>
        ))}
      </div>
    </div>
  );
}
