"use client";

import { useTranslations } from "next-intl";
import { knownDisconnectReason } from "@/lib/instances/known-disconnect-reasons";

/**
 * Z-API's reason for a disconnect in the reader's language when Vigia knows it, with Z-API's original on
 * hover; an unknown one is shown as it came, introduced as Z-API's words (it is not Vigia's text to translate).
 * `labelled`: the reason stands alone in a sentence and says "Motivo:" itself, or "Motivo informado pela
 * Z-API:" for an unknown one, so the label is never said twice.
 */
export function DisconnectReason({ reason, labelled = false }: { reason: string; labelled?: boolean }) {
  const t = useTranslations("disconnectReason");
  const key = knownDisconnectReason(reason);
  if (key) {
    return (
      <span title={t("original", { reason })} data-testid="disconnect-reason" data-known="true">
        {labelled ? <span className="font-medium">{t("label")} </span> : null}
        {t(`known.${key}`)}
      </span>
    );
  }
  return (
    <span data-testid="disconnect-reason" data-known="false">
      <span className={labelled ? "font-medium" : undefined}>{t("given")}</span> <q lang="en">{reason}</q>
    </span>
  );
}
