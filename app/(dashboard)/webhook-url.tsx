"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { IconCheck, IconCopy, IconEye, IconEyeOff } from "@/components/icons/icons";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** Hides the secret (last path segment) until asked, so it does not end up in screenshots or screen shares. */
export function maskWebhookUrl(url: string): string {
  return url.replace(/[^/]+$/, "••••••••••");
}

/** Z-API only delivers to HTTPS, so a plain-http URL (even localhost) cannot receive anything yet. */
function isPlainHttp(url: string): boolean {
  return url.startsWith("http:");
}

/** `steps={false}` shows only the URL and its notes, for pages that explain the setup themselves (settings). */
export function WebhookUrl({ url, steps = true }: { url: string; steps?: boolean }) {
  const t = useTranslations("webhook");
  const [revealed, setRevealed] = useState(false);
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");

  useEffect(() => {
    if (copy === "idle") return;
    const timer = setTimeout(() => setCopy("idle"), 2_500);
    return () => clearTimeout(timer);
  }, [copy]);

  async function copyUrl() {
    try {
      // Clipboard needs a secure context (https or localhost); elsewhere the reveal button is the way.
      await navigator.clipboard.writeText(url);
      setCopy("copied");
    } catch {
      setRevealed(true);
      setCopy("failed");
    }
  }

  return (
    <div className="space-y-3 text-left">
      <div>
        <p className="mb-1.5 text-xs font-medium text-zinc-600 uppercase dark:text-zinc-400">{t("label")}</p>
        <div className="flex flex-col gap-2 rounded-lg border border-zinc-200 bg-zinc-50 p-2 sm:flex-row sm:items-center dark:border-zinc-700 dark:bg-zinc-950">
          <code data-testid="webhook-url" className="min-w-0 flex-1 px-1 font-mono text-xs break-all text-zinc-800 select-all dark:text-zinc-200">
            {revealed ? url : maskWebhookUrl(url)}
          </code>
          <div className="flex shrink-0 gap-2">
            <Button variant="secondary" size="sm" aria-pressed={revealed} onClick={() => setRevealed((v) => !v)}>
              {revealed ? <IconEyeOff /> : <IconEye />}
              {revealed ? t("hide") : t("reveal")}
            </Button>
            <Button variant="secondary" size="sm" onClick={copyUrl}>
              {copy === "copied" ? <IconCheck /> : <IconCopy />}
              {copy === "copied" ? t("copied") : t("copy")}
            </Button>
          </div>
        </div>
        <p aria-live="polite" className="mt-1 min-h-4 text-xs text-zinc-500 dark:text-zinc-400">
          {copy === "failed" ? t("copyFailed") : ""}
        </p>
      </div>
      {steps ? (
        <ol className="list-decimal space-y-1 pl-5 text-sm text-zinc-700 dark:text-zinc-300">
          <li>{t("step1")}</li>
          <li>{t("step2")}</li>
          <li>{t("step3")}</li>
        </ol>
      ) : null}
      <p className="text-xs text-zinc-500 dark:text-zinc-400">{t("secretNote")}</p>
      {isPlainHttp(url) ? <Alert tone="warning">{t("httpsNote")}</Alert> : null}
    </div>
  );
}
