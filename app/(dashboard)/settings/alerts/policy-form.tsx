"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import type { FormErrorCode } from "@/lib/http/error-codes";
import { ZAlertPolicyDto, type TAlertPolicyDto } from "@/lib/schemas/dto";
import { alertsRequest } from "./alerts-request";
import { Field, selectClass } from "./field";

const SNOOZE_HOURS = [1, 4, 24];
const num = (s: string) => (s.trim() === "" ? null : Number(s));

/** The installation's alert policy; empty fields mean Vigia's defaults (lib/alerts/resolve-policy.ts). */
export function PolicyForm({ initial, canManage }: { initial: TAlertPolicyDto; canManage: boolean }) {
  const t = useTranslations("alertSettings.policy");
  const tErr = useTranslations("errors");
  const [p, setP] = useState(initial);
  const [form, setForm] = useState({
    delaySeconds: initial.delaySeconds?.toString() ?? "",
    reminderMinutes: initial.reminderMinutes?.toString() ?? "",
    silenceMinutes: initial.silenceMinutes?.toString() ?? "",
    quietStart: initial.quietStart ?? "",
    quietEnd: initial.quietEnd ?? "",
    timeZone: initial.timeZone ?? "",
    language: initial.language ?? "",
    sendRecovery: initial.sendRecovery ?? true,
  });
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<{ ok: true } | { ok: false; code: FormErrorCode } | null>(null);
  const set = (k: keyof typeof form, v: string | boolean) => setForm((f) => ({ ...f, [k]: v }));

  async function save(body: Record<string, unknown>) {
    setPending(true);
    setResult(null);
    const r = await alertsRequest("PUT", "/api/alerts/policy?scope=global", body);
    setPending(false);
    if (!r.ok) return setResult({ ok: false, code: r.code });
    const parsed = ZAlertPolicyDto.safeParse(r.data);
    if (parsed.success) setP(parsed.data);
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
      timeZone: form.timeZone.trim() || null,
      language: form.language || null,
      sendRecovery: form.sendRecovery,
    });
  }

  const snoozed = p.snoozedUntil && new Date(p.snoozedUntil) > new Date() ? p.snoozedUntil : null;
  return (
    <form onSubmit={submit} className="space-y-4" aria-label={t("title")}>
      <fieldset disabled={!canManage || pending} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <Field id="policy-delay" label={t("delay")} hint={t("delayHint")}>
          <Input id="policy-delay" type="number" min={0} max={86400} placeholder="60" value={form.delaySeconds} onChange={(e) => set("delaySeconds", e.target.value)} />
        </Field>
        <Field id="policy-reminder" label={t("reminder")} hint={t("reminderHint")}>
          <Input id="policy-reminder" type="number" min={0} max={10080} placeholder="30" value={form.reminderMinutes} onChange={(e) => set("reminderMinutes", e.target.value)} />
        </Field>
        <Field id="policy-silence" label={t("silence")} hint={t("silenceHint")}>
          <Input id="policy-silence" type="number" min={1} max={10080} placeholder={t("learned")} value={form.silenceMinutes} onChange={(e) => set("silenceMinutes", e.target.value)} />
        </Field>
        <Field id="policy-quiet-start" label={t("quietStart")} hint={t("quietHint")}>
          <Input id="policy-quiet-start" type="time" value={form.quietStart} onChange={(e) => set("quietStart", e.target.value)} />
        </Field>
        <Field id="policy-quiet-end" label={t("quietEnd")}>
          <Input id="policy-quiet-end" type="time" value={form.quietEnd} onChange={(e) => set("quietEnd", e.target.value)} />
        </Field>
        <Field id="policy-tz" label={t("timeZone")} hint={t("timeZoneHint")}>
          <Input id="policy-tz" placeholder="America/Sao_Paulo" value={form.timeZone} onChange={(e) => set("timeZone", e.target.value)} />
        </Field>
        <Field id="policy-language" label={t("language")}>
          <select id="policy-language" className={selectClass} value={form.language} onChange={(e) => set("language", e.target.value)}>
            <option value="">{t("languageDefault")}</option>
            <option value="pt-BR">Português (Brasil)</option>
            <option value="en">English</option>
          </select>
        </Field>
        <label className="flex items-center gap-2 self-end pb-2 text-sm text-zinc-800 dark:text-zinc-200">
          <input type="checkbox" checked={form.sendRecovery} onChange={(e) => set("sendRecovery", e.target.checked)} className="size-4" />
          {t("recovery")}
        </label>
      </fieldset>
      {result?.ok === false ? <Alert tone="danger">{tErr(result.code)}</Alert> : null}
      {result?.ok ? <Alert tone="info">{t("saved")}</Alert> : null}
      {canManage ? (
        <div className="flex flex-wrap items-center gap-2">
          <Button type="submit" disabled={pending}>
            {pending ? <Spinner /> : null}
            {t("save")}
          </Button>
          <span className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="snooze-state">
            {snoozed ? t("snoozedUntil", { time: new Date(snoozed).toLocaleString() }) : t("notSnoozed")}
          </span>
          {snoozed ? (
            <Button variant="ghost" size="sm" onClick={() => save({ snoozedUntil: null })}>
              {t("unsnooze")}
            </Button>
          ) : (
            SNOOZE_HOURS.map((h) => (
              <Button key={h} variant="secondary" size="sm" onClick={() => save({ snoozedUntil: new Date(Date.now() + h * 3_600_000).toISOString() })}>
                {t("snooze", { hours: h })}
              </Button>
            ))
          )}
        </div>
      ) : null}
    </form>
  );
}
