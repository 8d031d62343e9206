"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import { maskWebhookUrl } from "../webhook-url";
import { zapiCurlCommand } from "./zapi-curl-command";

/** The command as shown hides the secret (screenshots, screen shares); the copied one is complete. */
export function ZapiCurl({ webhookUrl }: { webhookUrl: string }) {
  const t = useTranslations("settings.zapi");
  const [revealed, setRevealed] = useState(false);
  const command = zapiCurlCommand(webhookUrl);
  return (
    <div className="space-y-2">
      <pre
        aria-label={t("command")}
        data-testid="zapi-curl"
        className="overflow-x-auto rounded-lg border border-zinc-200 bg-zinc-50 p-3 font-mono text-xs leading-relaxed text-zinc-800 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-200"
      >
        {revealed ? command : zapiCurlCommand(maskWebhookUrl(webhookUrl))}
      </pre>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <p className="text-xs text-zinc-500 dark:text-zinc-400">{t("commandMasked")}</p>
        <CopyButton
          value={command}
          labels={{ copy: t("copyCommand"), copied: t("commandCopied"), failed: t("commandCopyFailed") }}
          onFailed={() => setRevealed(true)}
        />
      </div>
    </div>
  );
}
