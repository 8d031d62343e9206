"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { RelativeTime } from "@/components/time/relative-time";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import type { TApiTokenDto } from "@/lib/tokens/api-token-dto";
import { revokeTokenRequest } from "./api-token-request";
import type { FormErrorCode } from "@/lib/http/error-codes";

type Props = { token: TApiTokenDto; canManage: boolean; onRevoked: (id: string) => void };

export function TokenRow({ token, canManage, onRevoked }: Props) {
  const t = useTranslations("settings.tokens");
  const tErr = useTranslations("errors");
  const format = useFormatter();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<{ code: FormErrorCode; status: number } | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const revokeRef = useRef<HTMLButtonElement>(null);
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });

  // The confirm step starts on "cancel", the harmless choice; leaving it puts focus back where it was.
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

  function cancel() {
    setConfirming(false);
    requestAnimationFrame(() => revokeRef.current?.focus());
  }

  async function revoke() {
    setPending(true);
    setFailure(null);
    const result = await revokeTokenRequest(token.id);
    setPending(false);
    if (!result.ok) {
      setFailure(result);
      return;
    }
    setConfirming(false);
    onRevoked(token.id);
  }

  const revoked = token.revokedAt !== null;
  return (
    <li data-testid="token-row" data-token-id={token.id} data-revoked={revoked} className="space-y-2 px-4 py-3">
      <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-2">
        <div className="min-w-0 space-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <span className="font-medium break-words text-zinc-900 dark:text-zinc-100">{token.name}</span>
            <Badge tone={revoked ? "neutral" : "success"}>{revoked ? t("revoked") : t("active")}</Badge>
          </div>
          <p className="flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-zinc-600 dark:text-zinc-400">
            <code className="font-mono text-zinc-800 dark:text-zinc-200">{token.prefix}…</code>
            <span suppressHydrationWarning>{t("created", { date: date(token.createdAt) })}</span>
            <span>
              {t("lastUsed")}: {token.lastUsedAt ? <RelativeTime iso={token.lastUsedAt} /> : t("neverUsed")}
            </span>
            {token.revokedAt ? <span suppressHydrationWarning>{t("revokedAt", { date: date(token.revokedAt) })}</span> : null}
          </p>
        </div>
        {canManage && !revoked && !confirming ? (
          <Button ref={revokeRef} variant="secondary" size="sm" aria-label={t("revokeLabel", { name: token.name })} onClick={() => setConfirming(true)}>
            {t("revoke")}
          </Button>
        ) : null}
      </div>
      {confirming ? (
        // biome-ignore lint/a11y/noStaticElementInteractions: Escape is a shortcut; the buttons do the work
        <div
          role="group"
          aria-label={t("revokeLabel", { name: token.name })}
          onKeyDown={(event) => event.key === "Escape" && cancel()}
          className="space-y-2 rounded-lg border border-red-200 bg-red-50 p-3 dark:border-red-900 dark:bg-red-950/50"
        >
          <p className="text-sm text-red-900 dark:text-red-100">{t("confirmRevoke", { name: token.name })}</p>
          <div className="flex flex-wrap gap-2">
            <Button ref={cancelRef} variant="secondary" size="sm" onClick={cancel} disabled={pending}>
              {t("cancel")}
            </Button>
            <Button variant="danger" size="sm" onClick={revoke} disabled={pending}>
              {pending ? <Spinner /> : null}
              {pending ? t("revoking") : t("confirm")}
            </Button>
          </div>
          {failure !== null ? (
            <Alert tone="danger">{t("revokeFailed", { reason: tErr(failure.code, { status: failure.status }) })}</Alert>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
