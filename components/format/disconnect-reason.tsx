"use client";

import { useTranslations } from "next-intl";
import { knownDisconnectReason } from "@/lib/instances/known-disconnect-reasons";

/**
 * Z-API's reason for a disconnect in the reader's language when Vigia knows it, with Z-API's original on
 * hover; an unknown one is shown as it came, introduced as Z-API's words (it is not Vigia's text to translate).
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
      {t("given")} <q lang="en">{reason}</q>
    </span>
  );
}
