"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { FieldError, Label } from "@/components/ui/label";
import { Spinner } from "@/components/ui/spinner";
import type { TApiTokenDto } from "@/lib/tokens/api-token-dto";
import { createTokenRequest } from "./api-token-request";
import type { FormErrorCode } from "@/lib/http/error-codes";

export function CreateTokenForm({ onCreated }: { onCreated: (created: { token: string; item: TApiTokenDto }) => void }) {
  const t = useTranslations("settings.tokens");
  const tErr = useTranslations("errors");
  const [name, setName] = useState("");
  const [pending, setPending] = useState(false);
  const [invalid, setInvalid] = useState(false);
  const [failure, setFailure] = useState<{ code: FormErrorCode; status: number } | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setInvalid(true);
      return;
    }
    setPending(true);
    setFailure(null);
    const result = await createTokenRequest(trimmed);
    setPending(false);
    if (!result.ok) {
      setFailure(result);
      return;
    }
    setName("");
    onCreated(result.data);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-2">
      <Label htmlFor="token-name">{t("name")}</Label>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
        <div className="min-w-0 flex-1 space-y-1">
          <Input
            id="token-name"
            name="name"
            value={name}
            maxLength={80}
            autoComplete="off"
            placeholder={t("namePlaceholder")}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? "token-name-error token-name-hint" : "token-name-hint"}
            onChange={(event) => {
              setName(event.target.value);
              setInvalid(false);
            }}
          />
          {invalid ? <FieldError id="token-name-error">{t("nameRequired")}</FieldError> : null}
          <p id="token-name-hint" className="text-xs text-zinc-500 dark:text-zinc-400">
            {t("nameHint")}
          </p>
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? <Spinner /> : null}
          {pending ? t("creating") : t("create")}
        </Button>
      </div>
      {failure !== null ? (
        <Alert tone="danger">{t("createFailed", { reason: tErr(failure.code, { status: failure.status }) })}</Alert>
      ) : null}
    </form>
  );
}
