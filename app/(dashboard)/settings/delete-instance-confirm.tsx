"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import type { FormErrorCode } from "@/lib/http/error-codes";
import { countInstanceDataRequest, deleteInstanceRequest, type TCounts } from "./instance-request";

type Props = { id: string; name: string; onCancel: () => void; onDeleted: (announcement: string) => void };

/**
 * The confirmation says what goes (read from the server when it opens: traffic may have added some since
 * the page loaded) and starts on "cancel", the harmless choice; Escape cancels too.
 */
export function DeleteInstanceConfirm({ id, name, onCancel, onDeleted }: Props) {
  const t = useTranslations("manageInstances");
  const tErr = useTranslations("errors");
  const [counts, setCounts] = useState<TCounts | null>(null);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<{ code: FormErrorCode; status: number } | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    cancelRef.current?.focus();
    let live = true;
    countInstanceDataRequest(id)
      .then((result) => {
        if (!live) return;
        if (result.ok) setCounts(result.data);
        else setFailure(result);
      })
      .catch(() => live && setFailure({ code: "network", status: 0 }));
    return () => {
      live = false;
    };
  }, [id]);

  async function confirm() {
    setPending(true);
    setFailure(null);
    const result = await deleteInstanceRequest(id);
    setPending(false);
    if (!result.ok) setFailure(result);
    else onDeleted(t("deletedAnnouncement", { name, messages: result.data.messages }));
  }

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape is a shortcut; the buttons do the work
    <div
      role="group"
      aria-label={t("deleteLabel", { name })}
      data-testid="delete-instance-confirm"
      onKeyDown={(event) => event.key === "Escape" && onCancel()}
      className="space-y-2 rounded-lg border border-red-200 bg-red-50 p-3 dark:border-red-900 dark:bg-red-950/50"
    >
      <p className="text-sm text-red-900 dark:text-red-100" aria-live="polite">
        {counts ? t("confirmDelete", { name, ...counts }) : t("counting")}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button ref={cancelRef} variant="secondary" size="sm" onClick={onCancel} disabled={pending}>
          {t("cancel")}
        </Button>
        <Button variant="danger" size="sm" onClick={confirm} disabled={pending || counts === null}>
          {pending ? <Spinner /> : null}
          {pending ? t("deleting") : t("confirmDeleteButton")}
        </Button>
      </div>
      {failure ? <Alert tone="danger">{t("failed", { reason: tErr(failure.code, { status: failure.status }) })}</Alert> : null}
    </div>
  );
}
