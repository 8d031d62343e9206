import { cn } from "./cn";

const tones = {
  success: "bg-emerald-500",
  warning: "bg-amber-500",
  danger: "bg-red-500",
  neutral: "bg-zinc-400 dark:bg-zinc-500",
} as const;

export type StatusTone = keyof typeof tones;

/** Colour is never the only signal: always render the status text beside the dot. */
export function StatusDot({ tone, pulse = false, className }: { tone: StatusTone; pulse?: boolean; className?: string }) {
  return (
    <span aria-hidden="true" className={cn("relative inline-flex size-2.5 shrink-0", className)}>
      {pulse ? <span className={cn("absolute inline-flex size-full animate-ping rounded-full opacity-60", tones[tone])} /> : null}
      <span className={cn("relative inline-flex size-2.5 rounded-full", tones[tone])} />
    </span>
  );
}
