import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { TReactionChip } from "@/lib/messages/list-message-reactions";

/** The reactions on a message, one chip per emoji with its count, hanging off the bubble's bottom edge. */
export function ReactionChips({ chips }: { chips: readonly TReactionChip[] }) {
  const t = useTranslations("chats.bubble");
  return (
    <div data-testid="reactions" className="-mb-3 mt-0.5 flex flex-wrap gap-1">
      {chips.map((chip) => (
        <span
          key={chip.value}
          data-testid="reaction-chip"
          title={t("reactedBy", { count: chip.count, mine: chip.mine ? "yes" : "no" })}
          className={cn(
            "inline-flex items-center gap-0.5 rounded-full border bg-white px-1.5 text-xs shadow-sm dark:bg-zinc-800",
            chip.mine ? "border-brand-400 dark:border-brand-600" : "border-zinc-200 dark:border-zinc-700",
          )}
        >
          {chip.value}
          {chip.count > 1 ? <span className="tabular-nums text-zinc-500">{chip.count}</span> : null}
        </span>
      ))}
    </div>
  );
}
