import type { ReactNode } from "react";
import { cn } from "./cn";

const tones = {
  danger: "border-red-200 bg-red-50 text-red-800 dark:border-red-900 dark:bg-red-950/60 dark:text-red-200",
  warning: "border-amber-200 bg-amber-50 text-amber-900 dark:border-amber-900 dark:bg-amber-950/60 dark:text-amber-200",
  info: "border-sky-200 bg-sky-50 text-sky-900 dark:border-sky-900 dark:bg-sky-950/60 dark:text-sky-200",
} as const;

/** Danger alerts are announced immediately (role="alert"); the others wait their turn (role="status"). */
export function Alert({ tone, children, className }: { tone: keyof typeof tones; children: ReactNode; className?: string }) {
  return (
    <div
      role={tone === "danger" ? "alert" : "status"}
      className={cn("rounded-lg border px-3 py-2.5 text-sm", tones[tone], className)}
    >
      {children}
    </div>
  );
}
