"use client";

import { useTranslations } from "next-intl";
import { knownDisconnectReason } from "@/lib/instances/known-disconnect-reasons";

/**
 * Z-API's reason for a disconnect in the reader's language when Vigia knows it, with Z-API's original on
 * hover; an unknown one is shown as it came, marked as Z-API's words (after the callers' own "Reason:" label, so the phrase is said once) (it is not Vigia's text to translate).
 */
export function DisconnectReason({ reason }: { reason: string }) {
  const t = useTranslations("disconnectReason");
  const key = knownDisconnectReason(reason);
  if (key) {
    return (
      <span title={t("original", { reason })} data-testid="disconnect-reason" data-known="true">
        {t(`known.${key}`)}
      </span>
    );
  }
  return (
    <span data-testid="disconnect-reason" data-known="false">
      <q lang="en">{reason}</q> <span className="text-zinc-600 dark:text-zinc-400">{t("given")}</span>
    </span>
  );
}
