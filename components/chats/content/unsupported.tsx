"use client";

import { useTranslations } from "next-intl";
import { IconQuestion } from "@/components/icons/chat-icons";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";

/** Anything this version cannot draw: said so, with the stored JSON on demand (as text, never markup). */
export function Unsupported({ kind, content }: { kind: string; content: unknown }) {
  const t = useTranslations("chats.bubble");
  return (
    <div data-testid="unsupported" className="flex flex-col gap-1">
      <p className="inline-flex items-center gap-1.5 italic text-zinc-600 dark:text-zinc-400">
        <IconQuestion className="size-4 shrink-0" />
        {t("unsupported", { kind })}
      </p>
      <details className="text-xs">
        <summary className={cn(focusRing, "cursor-pointer text-sky-700 dark:text-sky-400")}>{t("showRaw")}</summary>
        <pre className="mt-1 max-h-64 max-w-full overflow-auto rounded bg-black/5 p-2 font-mono text-[11px] whitespace-pre-wrap dark:bg-white/5">
          {JSON.stringify(content, null, 2) ?? "null"}
        </pre>
      </details>
    </div>
  );
}
