"use client";

import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import { DEFAULT_POLICY } from "@/lib/alerts/resolve-policy";
import type { FormErrorCode } from "@/lib/http/error-codes";
import { ZAlertPolicyDto, type TAlertPolicyDto } from "@/lib/schemas/dto";
import { alertsRequest } from "../../settings/alerts/alerts-request";
import { Field, selectClass } from "../../settings/alerts/field";

const SNOOZE_HOURS = [1, 4, 24];
const num = (s: string) => (s.trim() === "" ? null : Number(s));
type Form = { delaySeconds: string; reminderMinutes: string; silenceMinutes: string; quietStart: string; quietEnd: string; sendRecovery: "" | "on" | "off" };

function formOf(p: TAlertPolicyDto): Form {
  return {
    delaySeconds: p.delaySeconds?.toString() ?? "",
    reminderMinutes: p.reminderMinutes?.toString() ?? "",
    silenceMinutes: p.silenceMinutes?.toString() ?? "",
    quietStart: p.quietStart ?? "",
    quietEnd: p.quietEnd ?? "",
    sendRecovery: p.sendRecovery === null ? "" : p.sendRecovery ? "on" : "off",
  };
}

/**
 * This instance's own alert policy (scope = its id): an empty field inherits the global policy, whose value
 * is the field's placeholder, over Vigia's defaults (lib/alerts/resolve-policy.ts). Time zone and language
 * stay global: they are about who reads the alerts, not about the instance.
 */
export function InstancePolicyForm({ instanceId, initial, global }: { instanceId: string; initial: TAlertPolicyDto; global: TAlertPolicyDto }) {
  const t = useTranslations("instancePage.policy");
  const tErr = useTranslations("errors");
  const [p, setP] = useState(initial);
  const [form, setForm] = useState(() => formOf(initial));
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<{ ok: true } | { ok: false; code: FormErrorCode } | null>(null);
  const set = (k: keyof Form, v: string) => setForm((f) => ({ ...f, [k]: v }));
  const url = `/api/alerts/policy?scope=${encodeURIComponent(instanceId)}`;

  async function save(body: Record<string, unknown>) {
    setPending(true);
    setResult(null);
    const r = await alertsRequest("PUT", url, body);
    setPending(false);
    if (!r.ok) return setResult({ ok: false, code: r.code });
    const parsed = ZAlertPolicyDto.safeParse(r.data);
    if (parsed.success) {
      setP(parsed.data);
      setForm(formOf(parsed.data));
    }
    setResult({ ok: true });
  }

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    await save({
      delaySeconds: num(form.delaySeconds),
      reminderMinutes: num(form.reminderMinutes),
      silenceMinutes: num(form.silenceMinutes),
      quietStart: form.quietStart || null,
      quietEnd: form.quietEnd || null,
      sendRecovery: form.sendRecovery === "" ? null : form.sendRecovery === "on",
    });
  }

  const inherited = {
    delay: String(global.delaySeconds ?? DEFAULT_POLICY.delaySeconds),
    reminder: String(global.reminderMinutes ?? DEFAULT_POLICY.reminderMinutes),
    silence: global.silenceMinutes?.toString() ?? t("learned"),
    recovery: (global.sendRecovery ?? DEFAULT_POLICY.sendRecovery) ? t("yes") : t("no"),
  };
  const snoozed = p.snoozedUntil && new Date(p.snoozedUntil) > new Date() ? p.snoozedUntil : null;
  const reset = { delaySeconds: null, reminderMinutes: null, silenceMinutes: null, quietStart: null, quietEnd: null, sendRecovery: null, snoozedUntil: null };

  return (
    <form onSubmit={submit} className="space-y-4" aria-labelledby="instance-policy-title">
      <div>
        <h3 id="instance-policy-title" className="text-sm font-semibold">
          {t("title")}
        </h3>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          {t("intro")}{" "}
          <Link href="/settings/alerts" className={cn(focusRing, "rounded-sm text-brand-700 underline underline-offset-2 dark:text-brand-300")}>
            {t("globalLink")}
          </Link>
        </p>
      </div>
      <fieldset disabled={pending} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <Field id="ip-delay" label={t("delay")}>
          <Input id="ip-delay" type="number" min={0} max={86400} placeholder={inherited.delay} value={form.delaySeconds} onChange={(e) => set("delaySeconds", e.target.value)} />
        </Field>
        <Field id="ip-reminder" label={t("reminder")}>
          <Input id="ip-reminder" type="number" min={0} max={10080} placeholder={inherited.reminder} value={form.reminderMinutes} onChange={(e) => set("reminderMinutes", e.target.value)} />
        </Field>
        <Field id="ip-silence" label={t("silence")} hint={t("silenceHint")}>
          <Input id="ip-silence" type="number" min={1} max={10080} placeholder={inherited.silence} value={form.silenceMinutes} onChange={(e) => set("silenceMinutes", e.target.value)} />
        </Field>
        <Field id="ip-quiet-start" label={t("quietStart")}>
          <Input id="ip-quiet-start" type="time" value={form.quietStart} onChange={(e) => set("quietStart", e.target.value)} />
        </Field>
        <Field id="ip-quiet-end" label={t("quietEnd")}>
          <Input id="ip-quiet-end" type="time" value={form.quietEnd} onChange={(e) => set("quietEnd", e.target.value)} />
        </Field>
        <Field id="ip-recovery" label={t("recovery")}>
          <select id="ip-recovery" className={selectClass} value={form.sendRecovery} onChange={(e) => set("sendRecovery", e.target.value)}>
            <option value="">{t("recoveryInherit", { value: inherited.recovery })}</option>
            <option value="on">{t("recoveryOn")}</option>
            <option value="off">{t("recoveryOff")}</option>
          </select>
        </Field>
      </fieldset>
      {result?.ok === false ? <Alert tone="danger">{tErr(result.code)}</Alert> : null}
      {result?.ok ? (
        <div data-testid="instance-policy-saved">
          <Alert tone="info">{t("saved")}</Alert>
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? <Spinner /> : null}
          {t("save")}
        </Button>
        <Button variant="ghost" disabled={pending} onClick={() => save(reset)}>
          {t("reset")}
        </Button>
        <span className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="instance-snooze-state">
          {snoozed ? t("snoozedUntil", { time: new Date(snoozed).toLocaleString() }) : t("notSnoozed")}
        </span>
        {snoozed ? (
          <Button variant="ghost" size="sm" disabled={pending} onClick={() => save({ snoozedUntil: null })}>
            {t("unsnooze")}
          </Button>
        ) : (
          SNOOZE_HOURS.map((h) => (
            <Button key={h} variant="secondary" size="sm" disabled={pending} onClick={() => save({ snoozedUntil: new Date(Date.now() + h * 3_600_000).toISOString() })}>
              {t("snooze", { hours: h })}
            </Button>
          ))
        )}
      </div>
    </form>
  );
}
