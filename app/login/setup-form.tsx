"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { FieldError, Label } from "@/components/ui/label";
import { PasswordInput } from "@/components/ui/password-input";
import { Spinner } from "@/components/ui/spinner";
import { type AuthResult, postAuth } from "./post-auth";
import { textField } from "./text-field";

/** Same limits as the server's ZSetupInput; checked here first so mistakes show beside the field. */
const MIN_PASSWORD = 10;
const MAX_PASSWORD = 200;
/** A first check only (the server's zod schema decides): zod itself would weigh more than the rest of this page. */
const LOOKS_LIKE_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type FieldErrors = Partial<Record<"email" | "password" | "confirm", "emailInvalid" | "passwordTooShort" | "passwordTooLong" | "passwordMismatch">>;

function validate(email: string, password: string, confirm: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!LOOKS_LIKE_EMAIL.test(email.trim())) errors.email = "emailInvalid";
  if (password.length < MIN_PASSWORD) errors.password = "passwordTooShort";
  else if (password.length > MAX_PASSWORD) errors.password = "passwordTooLong";
  if (!errors.password && confirm !== password) errors.confirm = "passwordMismatch";
  return errors;
}

/** `needsCode`: the page was not opened on the machine Vigia runs on, so the printed setup code is asked for. */
export function SetupForm({ needsCode }: { needsCode: boolean }) {
  const t = useTranslations("setup");
  const tErr = useTranslations("errors");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<Extract<AuthResult, { ok: false }> | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const name = textField(data, "name").trim();
    const email = textField(data, "email");
    const password = textField(data, "password");
    const errors = validate(email, password, textField(data, "confirm"));
    setFieldErrors(errors);
    setFailure(null);
    if (Object.keys(errors).length > 0) return;
    setPending(true);
    const setupCode = textField(data, "setupCode").trim();
    const result = await postAuth("/api/auth/setup", {
      ...(name ? { name } : {}),
      email: email.trim(),
      password,
      ...(setupCode ? { setupCode } : {}),
    });
    if (result.ok) {
      router.replace("/");
      router.refresh();
      return;
    }
    setFailure(result);
    setPending(false);
    // Someone else finished the setup first: show the normal login form.
    if (result.code === "already_set_up") router.refresh();
  }

  const field = (key: keyof FieldErrors) => {
    const code = fieldErrors[key];
    return {
      "aria-invalid": code ? true : undefined,
      "aria-describedby": code ? `setup-${key}-error` : key === "password" ? "setup-password-hint" : undefined,
    };
  };

  return (
    // method="post": if the script has not loaded yet, a native submit must not put the password in the URL.
    <form method="post" onSubmit={submit} noValidate className="space-y-4">
      {failure ? <Alert tone="danger">{tErr(failure.code, { status: failure.status ?? 0 })}</Alert> : null}
      {needsCode ? (
        <div className="space-y-1.5">
          <Label htmlFor="setup-code">{t("code")}</Label>
          <Input
            id="setup-code"
            name="setupCode"
            autoComplete="one-time-code"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={64}
            required
            autoFocus
            aria-describedby="setup-code-hint"
            aria-invalid={failure?.code === "setup_code_invalid" || undefined}
            className="font-mono"
          />
          <p id="setup-code-hint" className="text-xs text-zinc-500 dark:text-zinc-400">
            {t("codeHint")}
          </p>
        </div>
      ) : null}
      <div className="space-y-1.5">
        <Label htmlFor="setup-name">
          {t("name")} <span className="font-normal text-zinc-500 dark:text-zinc-400">{t("optional")}</span>
        </Label>
        <Input id="setup-name" name="name" autoComplete="name" maxLength={100} autoFocus={!needsCode} />
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="setup-email">{t("email")}</Label>
        <Input id="setup-email" name="email" type="email" autoComplete="username" inputMode="email" required {...field("email")} />
        {fieldErrors.email ? <FieldError id="setup-email-error">{t(fieldErrors.email)}</FieldError> : null}
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="setup-password">{t("password")}</Label>
        <PasswordInput id="setup-password" name="password" autoComplete="new-password" required {...field("password")} />
        {fieldErrors.password ? (
          <FieldError id="setup-password-error">{t(fieldErrors.password, { min: MIN_PASSWORD, max: MAX_PASSWORD })}</FieldError>
        ) : (
          <p id="setup-password-hint" className="text-xs text-zinc-500 dark:text-zinc-400">
            {t("passwordHint", { min: MIN_PASSWORD })}
          </p>
        )}
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="setup-confirm">{t("confirm")}</Label>
        <PasswordInput id="setup-confirm" name="confirm" autoComplete="new-password" required {...field("confirm")} />
        {fieldErrors.confirm ? <FieldError id="setup-confirm-error">{t(fieldErrors.confirm)}</FieldError> : null}
      </div>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? <Spinner /> : null}
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
