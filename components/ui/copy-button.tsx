"use client";

import { useEffect, useState } from "react";
import { IconCheck, IconCopy } from "@/components/icons/icons";
import { Button } from "./button";

type Labels = { copy: string; copied: string; failed: string };

/**
 * Copies `value` and says so in an aria-live region (the button text alone is not announced). Clipboard needs
 * a secure context (https or localhost): on failure `onFailed` lets the caller show the value for manual copy.
 */
export function CopyButton({ value, labels, onFailed }: { value: string; labels: Labels; onFailed?: () => void }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  useEffect(() => {
    if (state !== "copied") return;
    const timer = setTimeout(() => setState("idle"), 2_500);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      setState("failed");
      onFailed?.();
    }
  }

  return (
    <div className="flex flex-col items-start gap-1">
      <Button variant="secondary" size="sm" onClick={copy}>
        {state === "copied" ? <IconCheck /> : <IconCopy />}
        {state === "copied" ? labels.copied : labels.copy}
      </Button>
      {/* Always in the DOM so the change is announced; visible only for the failure, which needs reading. */}
      <p aria-live="polite" className={state === "failed" ? "text-xs text-zinc-600 dark:text-zinc-400" : "sr-only"}>
        {state === "copied" ? labels.copied : state === "failed" ? labels.failed : ""}
      </p>
    </div>
  );
}
