"use client";

import { useTranslations } from "next-intl";
import { IconArrowUp } from "@/components/icons/icons";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";

/**
 * "N new" over the top of a held list (components/live-list/use-held-list.ts). It takes no height (the rows
 * under it must not move) and sticks below the page header while the list scrolls with the window.
 */
export function NewItemsPill({ count, onShow }: { count: number; onShow: () => void }) {
  const t = useTranslations("liveList");
  return (
    <div className="pointer-events-none sticky top-16 z-10 flex h-0 justify-center md:top-20" aria-live="polite">
      {count > 0 ? (
        <button
          type="button"
          data-testid="new-items-pill"
          data-count={count}
          onClick={onShow}
          className={cn(
            "pointer-events-auto mt-2 inline-flex items-center gap-1.5 rounded-full bg-brand-700 px-3 py-1.5 text-xs font-semibold text-white shadow-md hover:bg-brand-800 dark:bg-brand-500 dark:text-zinc-950 dark:hover:bg-brand-400",
            focusRing,
          )}
        >
          <IconArrowUp className="size-3.5" />
          {t("newItems", { count })}
        </button>
      ) : null}
    </div>
  );
}
