import type { ComponentProps } from "react";
import { cn } from "./cn";
import { focusRing } from "./focus-ring";

export function Input({ className, ...props }: ComponentProps<"input">) {
  return (
    <input
      className={cn(
        "block h-10 w-full rounded-lg border border-zinc-300 bg-white px-3 text-sm text-zinc-900 shadow-sm placeholder:text-zinc-400",
        "aria-invalid:border-red-500 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100 dark:placeholder:text-zinc-500 dark:aria-invalid:border-red-400",
        focusRing,
        className,
      )}
      {...props}
    />
  );
}
