"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import type { FormErrorCode } from "@/lib/http/error-codes";
import { deleteSimulatedRequest } from "./instance-request";

/** One click (and a confirmation) removes every instance the simulator made, with their data. */
export function RemoveSimulated({ count, onDone }: { count: number; onDone: (announcement: string) => void }) {
  const t = useTranslations("manageInstances");
  const tErr = useTranslations("errors");
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<{ code: FormErrorCode; status: number } | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

  async function confirm() {
    setPending(true);
    setFailure(null);
    const result = await deleteSimulatedRequest();
    setPending(false);
    if (!result.ok) return setFailure(result);
    setConfirming(false);
    onDone(t("simulatedRemoved", { count: result.data.instances, messages: result.data.messages }));
  }

  return (
    <div className="space-y-2 rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm dark:border-amber-900 dark:bg-amber-950/40">
      <p className="text-amber-900 dark:text-amber-100">{t("simulatedNote", { count })}</p>
      {confirming ? (
        // biome-ignore lint/a11y/noStaticElementInteractions: Escape is a shortcut; the buttons do the work
        <div role="group" aria-label={t("removeSimulated", { count })} onKeyDown={(e) => e.key === "Escape" && setConfirming(false)} className="flex flex-wrap items-center gap-2">
          <span className="text-amber-900 dark:text-amber-100">{t("confirmRemoveSimulated", { count })}</span>
          <Button ref={cancelRef} variant="secondary" size="sm" onClick={() => setConfirming(false)} disabled={pending}>
            {t("cancel")}
          </Button>
          <Button variant="danger" size="sm" onClick={confirm} disabled={pending}>
            {pending ? <Spinner /> : null}
            {t("confirmDeleteButton")}
          </Button>
        </div>
      ) : (
        <Button variant="secondary" size="sm" onClick={() => setConfirming(true)}>
          {t("removeSimulated", { count })}
        </Button>
      )}
      {failure ? <Alert tone="danger">{t("failed", { reason: tErr(failure.code, { status: failure.status }) })}</Alert> : null}
    </div>
  );
}
