"use client";

import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { IconMonitor, IconMoon, IconSun } from "@/components/icons/icons";
import { SegmentedControl } from "@/components/ui/segmented-control";
import { readThemePreference, setThemePreference, subscribeTheme, type ThemePreference } from "./theme-store";

const icons = { system: IconMonitor, light: IconSun, dark: IconMoon } as const;

export function ThemeToggle({ className }: { className?: string }) {
  const t = useTranslations("theme");
  // The server cannot know the stored preference: it renders "system" and the client corrects it after hydration.
  const preference = useSyncExternalStore(subscribeTheme, readThemePreference, (): ThemePreference => "system");
  return (
    <SegmentedControl
      className={className}
      label={t("label")}
      value={preference}
      onChange={setThemePreference}
      options={(["system", "light", "dark"] as const).map((value) => {
        const Icon = icons[value];
        return { value, label: t(value), content: <Icon /> };
      })}
    />
  );
}
