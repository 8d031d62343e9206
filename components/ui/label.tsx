import type { ComponentProps } from "react";
import { cn } from "./cn";

export function Label({ className, ...props }: ComponentProps<"label">) {
  // biome-ignore lint/a11y/noLabelWithoutControl: callers pass htmlFor
  return <label className={cn("block text-sm font-medium text-zinc-800 dark:text-zinc-200", className)} {...props} />;
}

/** Inline validation message; give it an id and point the input's aria-describedby at it. */
export function FieldError({ className, ...props }: ComponentProps<"p">) {
  return <p className={cn("text-sm text-red-700 dark:text-red-400", className)} {...props} />;
}
