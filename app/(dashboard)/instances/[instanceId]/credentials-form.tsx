"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { RelativeTime } from "@/components/time/relative-time";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { PasswordInput } from "@/components/ui/password-input";
import { Spinner } from "@/components/ui/spinner";
import type { FormErrorCode } from "@/lib/http/error-codes";
import { ZZapiCredentialStatusDto, type TZapiCredentialStatusDto } from "@/lib/schemas/dto";
import { alertsRequest } from "../../settings/alerts/alerts-request";
import { Field } from "../../settings/alerts/field";

const DEFAULT_BASE = "https://api.z-api.io";

/**
 * The instance's Z-API credentials, write-only: the form starts empty every time and the page only learns
 * whether they are configured (lib/instances/zapi-credential-status.ts). Saving sends the instance token
 * whole; an empty Client-Token keeps the stored one unless "remove" is ticked.
 */
export function CredentialsForm({ instanceId, initial }: { instanceId: string; initial: TZapiCredentialStatusDto }) {
  const t = useTranslations("instancePage.credentials");
  const tErr = useTranslations("errors");
  const [status, setStatus] = useState(initial);
  const [token, setToken] = useState("");
  const [clientToken, setClientToken] = useState("");
  const [dropClient, setDropClient] = useState(false);
  const [apiBase, setApiBase] = useState(initial.apiBase ?? DEFAULT_BASE);
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<{ ok: true; said: "saved" | "removed" } | { ok: false; code: FormErrorCode } | null>(null);
  const url = `/api/instances/${encodeURIComponent(instanceId)}/credentials`;

  async function send(method: "PUT" | "DELETE", body?: unknown) {
    setPending(true);
    setResult(null);
    const r = await alertsRequest(method, url, body);
    setPending(false);
    if (!r.ok) return setResult({ ok: false, code: r.code });
    const parsed = ZZapiCredentialStatusDto.safeParse(r.data);
    if (parsed.success) setStatus(parsed.data);
    setToken("");
    setClientToken("");
    setDropClient(false);
    setResult({ ok: true, said: method === "PUT" ? "saved" : "removed" });
  }

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    await send("PUT", {
      instanceToken: token,
      ...(dropClient ? { clientToken: null } : clientToken.trim() ? { clientToken } : {}),
      apiBase: apiBase.trim() || DEFAULT_BASE,
    });
  }

  const poll =
    status.polledAt === null ? null : status.polledConnected === true ? t("pollConnected") : status.polledConnected === false ? t("pollDisconnected") : t("pollNoAnswer");

  return (
    <form onSubmit={submit} className="space-y-4" aria-labelledby="credentials-title" data-testid="credentials-form">
      <div>
        <h3 id="credentials-title" className="flex flex-wrap items-center gap-2 text-sm font-semibold">
          {t("title")}
          <Badge tone={status.configured ? "success" : "neutral"} data-testid="credentials-state">
            {status.configured ? t("configured") : t("notConfigured")}
          </Badge>
          {status.configured ? <span className="text-xs font-normal text-zinc-500 dark:text-zinc-400">{status.hasClientToken ? t("clientTokenSet") : t("noClientToken")}</span> : null}
        </h3>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{t("intro")}</p>
        {status.polledAt && poll ? (
          <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
            {t("lastPoll", { result: poll })} · <RelativeTime iso={status.polledAt} />
            {status.polledError ? ` — ${status.polledError}` : null}
          </p>
        ) : null}
      </div>
      <fieldset disabled={pending} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <Field id="cred-token" label={t("instanceToken")} hint={t("instanceTokenHint")}>
          <PasswordInput id="cred-token" required autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} />
        </Field>
        <Field id="cred-client" label={t("clientToken")} hint={t("clientTokenHint")}>
          <PasswordInput id="cred-client" autoComplete="off" disabled={dropClient} value={clientToken} onChange={(e) => setClientToken(e.target.value)} />
        </Field>
        <Field id="cred-base" label={t("apiBase")}>
          <Input id="cred-base" type="url" value={apiBase} onChange={(e) => setApiBase(e.target.value)} placeholder={DEFAULT_BASE} />
        </Field>
        {status.hasClientToken ? (
          <label className="flex items-center gap-2 text-sm text-zinc-800 sm:col-span-2 lg:col-span-3 dark:text-zinc-200">
            <input type="checkbox" className="size-4" checked={dropClient} onChange={(e) => setDropClient(e.target.checked)} />
            {t("clientTokenRemove")}
          </label>
        ) : null}
      </fieldset>
      {result?.ok === false ? <Alert tone="danger">{tErr(result.code)}</Alert> : null}
      {result?.ok ? (
        <div data-testid="credentials-result">
          <Alert tone="info">{t(result.said)}</Alert>
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending || token.trim() === ""}>
          {pending ? <Spinner /> : null}
          {status.configured ? t("replace") : t("save")}
        </Button>
        {status.configured ? (
          <Button variant="secondary" disabled={pending} onClick={() => send("DELETE")}>
            {t("remove")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
