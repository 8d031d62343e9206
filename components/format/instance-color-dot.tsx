import { cn } from "@/components/ui/cn";
import { isInstanceColor, type TInstanceColor } from "@/lib/instances/instance-colors";

/** Whole class names (Tailwind only ships the classes it finds written out). */
const swatches: Record<TInstanceColor, string> = {
  slate: "bg-slate-500 dark:bg-slate-400",
  red: "bg-red-500 dark:bg-red-400",
  amber: "bg-amber-500 dark:bg-amber-400",
  emerald: "bg-emerald-500 dark:bg-emerald-400",
  sky: "bg-sky-500 dark:bg-sky-400",
  violet: "bg-violet-500 dark:bg-violet-400",
  pink: "bg-pink-500 dark:bg-pink-400",
};

export function instanceSwatch(color: TInstanceColor): string {
  return swatches[color];
}

/**
 * The colour an admin gave an instance, beside its name wherever it is shown. Decoration: the name says
 * which instance it is, so the dot is hidden from assistive technology; nothing when no colour was chosen.
 */
export function InstanceColorDot({ color, className }: { color: string | null | undefined; className?: string }) {
  if (!isInstanceColor(color)) return null;
  return <span aria-hidden="true" data-instance-color={color} className={cn("inline-block size-2.5 shrink-0 rounded-full", swatches[color], className)} />;
}
