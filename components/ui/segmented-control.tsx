"use client";

import type { ReactNode } from "react";
import { cn } from "./cn";
import { focusRing } from "./focus-ring";

/** `label` is the accessible name; `content` (an icon or a short code like "PT") is what is shown instead. */
type Option<V extends string> = { value: V; label: string; content?: ReactNode; lang?: string };

/** A row of toggle buttons where exactly one is pressed (theme, language). Compact options keep their full label as accessible name and tooltip. */
export function SegmentedControl<V extends string>({
  label,
  value,
  options,
  onChange,
  className,
}: {
  label: string;
  value: V;
  options: Option<V>[];
  onChange: (value: V) => void;
  className?: string;
}) {
  return (
    <div
      role="group"
      aria-label={label}
      className={cn(
        "inline-flex items-center gap-0.5 rounded-lg border border-zinc-200 bg-zinc-100 p-0.5 dark:border-zinc-800 dark:bg-zinc-900",
        className,
      )}
    >
      {options.map((option) => {
        const pressed = option.value === value;
        return (
          <button
            key={option.value}
            type="button"
            aria-pressed={pressed}
            aria-label={option.content ? option.label : undefined}
            title={option.content ? option.label : undefined}
            lang={option.lang}
            onClick={() => onChange(option.value)}
            className={cn(
              "inline-flex h-7 min-w-7 items-center justify-center rounded-md px-1.5 text-xs font-semibold transition-colors",
              focusRing,
              pressed
                ? "bg-white text-zinc-900 shadow-sm dark:bg-zinc-700 dark:text-white"
                : "text-zinc-600 hover:text-zinc-900 dark:text-zinc-300 dark:hover:text-zinc-100",
            )}
          >
            {option.content ?? option.label}
          </button>
        );
      })}
    </div>
  );
}
