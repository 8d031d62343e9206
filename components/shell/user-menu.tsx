"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { IconChevronDown } from "@/components/icons/icons";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import { LogoutButton } from "./logout-button";

export type ShellUser = { name: string | null; email: string; role: string };

function initials(user: ShellUser): string {
  const source = user.name?.trim() || user.email;
  const parts = source.split(/[\s@.]+/).filter(Boolean);
  return ((parts[0]?.[0] ?? "") + (parts[1]?.[0] ?? "")).toUpperCase() || "?";
}

export function UserMenu({ user }: { user: ShellUser }) {
  const t = useTranslations("userMenu");
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  return (
    <div ref={rootRef} className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t("open")}
        onClick={() => setOpen((value) => !value)}
        className={cn(
          "flex h-9 items-center gap-1.5 rounded-full pr-1 pl-0.5 text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800",
          focusRing,
        )}
      >
        <span className="flex size-8 items-center justify-center rounded-full bg-brand-100 text-xs font-semibold text-brand-800 dark:bg-brand-900 dark:text-brand-100">
          {initials(user)}
        </span>
        <IconChevronDown className="size-4 text-zinc-500" />
      </button>
      {open ? (
        <div
          id={panelId}
          className="absolute right-0 z-40 mt-2 w-72 max-w-[calc(100vw-2rem)] rounded-xl border border-zinc-200 bg-white p-1 shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
        >
          <div className="px-3 py-2.5">
            <p className="text-xs text-zinc-500 dark:text-zinc-400">{t("signedInAs")}</p>
            {user.name ? <p className="truncate text-sm font-semibold">{user.name}</p> : null}
            <p className="truncate text-sm text-zinc-600 dark:text-zinc-300">{user.email}</p>
            <p className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">{t("role", { role: user.role })}</p>
          </div>
          {/* On phones the header has no room for these, so they live here. */}
          <div className="space-y-2 border-t border-zinc-200 px-3 py-2.5 sm:hidden dark:border-zinc-800">
            <div className="flex items-center justify-between gap-2 text-sm">
              <span>{t("theme")}</span>
              <ThemeToggle />
            </div>
            <div className="flex items-center justify-between gap-2 text-sm">
              <span>{t("language")}</span>
              <LanguageSwitch />
            </div>
          </div>
          <div className="border-t border-zinc-200 pt-1 dark:border-zinc-800">
            <LogoutButton />
          </div>
        </div>
      ) : null}
    </div>
  );
}
