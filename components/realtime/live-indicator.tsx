"use client";

import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { StatusDot, type StatusTone } from "@/components/ui/status-dot";
import type { LiveStatus } from "./live-status";
import { useLiveStatus } from "./use-live";

const tones: Record<LiveStatus, StatusTone> = {
  connecting: "neutral",
  live: "success",
  reconnecting: "warning",
  offline: "danger",
  signedOut: "danger",
};

/** Announced politely to screen readers, so a dropped connection is never silent (stale data looks live otherwise). */
export function LiveIndicator({ className }: { className?: string }) {
  const t = useTranslations("live");
  const status = useLiveStatus();
  return (
    <div
      role="status"
      aria-live="polite"
      data-status={status}
      title={t(`${status}Hint`)}
      className={cn(
        "inline-flex h-8 shrink-0 items-center gap-2 rounded-full border px-2.5 text-xs font-medium whitespace-nowrap",
        status === "live" && "border-emerald-200 bg-emerald-50 text-emerald-800 dark:border-emerald-900 dark:bg-emerald-950 dark:text-emerald-300",
        status === "connecting" && "border-zinc-200 bg-zinc-50 text-zinc-600 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-400",
        status === "reconnecting" && "border-amber-200 bg-amber-50 text-amber-800 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-300",
        (status === "offline" || status === "signedOut") && "border-red-200 bg-red-50 text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-300",
        className,
      )}
    >
      <StatusDot tone={tones[status]} pulse={status === "live"} />
      <span>{t(status)}</span>
    </div>
  );
}
