"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { PasswordInput } from "@/components/ui/password-input";
import { Spinner } from "@/components/ui/spinner";
import { type AuthResult, postAuth } from "./post-auth";
import { textField } from "./text-field";

/** `next`: where the user was going (a same-origin path, lib/auth/safe-next-path.ts), "/" by default. */
export function LoginForm({ next }: { next: string }) {
  const t = useTranslations("login");
  const tErr = useTranslations("errors");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Extract<AuthResult, { ok: false }> | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  // After a refused login the focus goes to the reason (it fell to the page body while the button was disabled).
  useEffect(() => {
    if (failure) errorRef.current?.focus();
  }, [failure]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    setFailure(null);
    const result = await postAuth("/api/auth/login", {
      email: textField(data, "email"),
      password: textField(data, "password"),
    });
    if (result.ok) {
      router.replace(next);
      router.refresh();
      return;
    }
    setFailure(result);
    setPending(false);
  }

  return (
    // method="post": if the script has not loaded yet, a native submit must not put the password in the URL.
    <form method="post" onSubmit={submit} noValidate className="space-y-4">
      {failure ? (
        <div ref={errorRef} tabIndex={-1} data-testid="login-error" className={cn(focusRing, "rounded-lg")}>
          <Alert tone="danger">{tErr(failure.code, { status: failure.status ?? 0 })}</Alert>
        </div>
      ) : null}
      <div className="space-y-1.5">
        <Label htmlFor="login-email">{t("email")}</Label>
        <Input id="login-email" name="email" type="email" autoComplete="username" required autoFocus inputMode="email" />
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="login-password">{t("password")}</Label>
        <PasswordInput
          id="login-password"
          name="password"
          autoComplete="current-password"
          required
          aria-invalid={failure?.code === "invalid_credentials" || undefined}
        />
      </div>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? <Spinner /> : null}
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
