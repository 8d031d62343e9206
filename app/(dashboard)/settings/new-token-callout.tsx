"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";

/** The plain token exists only in the create answer: shown here once, gone when dismissed or on reload. */
export function NewTokenCallout({ name, token, onDismiss }: { name: string; token: string; onDismiss: () => void }) {
  const t = useTranslations("settings.tokens");
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Focus moves here so keyboard and screen reader users land on the token rather than back in the form.
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <div
      data-testid="new-token-callout"
      className="space-y-3 rounded-lg border border-emerald-300 bg-emerald-50 p-4 dark:border-emerald-800 dark:bg-emerald-950/50"
    >
      <div>
        <h3 ref={headingRef} tabIndex={-1} className="text-sm font-semibold text-emerald-900 outline-none dark:text-emerald-100">
          {t("createdTitle", { name })}
        </h3>
        <p className="mt-1 text-sm font-medium text-emerald-900 dark:text-emerald-200">{t("createdOnce")}</p>
      </div>
      <code
        data-testid="new-token"
        className="block rounded-md border border-emerald-200 bg-white px-3 py-2 font-mono text-sm break-all text-zinc-900 select-all dark:border-emerald-900 dark:bg-zinc-950 dark:text-zinc-100"
      >
        {token}
      </code>
      <div className="flex flex-wrap items-start gap-2">
        <CopyButton value={token} labels={{ copy: t("copy"), copied: t("copied"), failed: t("copyFailed") }} />
        <Button variant="ghost" size="sm" onClick={onDismiss}>
          {t("dismiss")}
        </Button>
      </div>
    </div>
  );
}
