"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { FormErrorCode } from "@/lib/http/error-codes";
import { ZMaintenanceWindowDto, type TInstanceDto, type TMaintenanceWindowDto } from "@/lib/schemas/dto";
import { alertsRequest } from "./alerts-request";
import { Field, selectClass } from "./field";

/** Planned downtime: no alerts inside a window, and it does not count against uptime. */
export function MaintenanceList({ initial, instances, canManage }: { initial: TMaintenanceWindowDto[]; instances: TInstanceDto[]; canManage: boolean }) {
  const t = useTranslations("alertSettings.maintenance");
  const tErr = useTranslations("errors");
  const [items, setItems] = useState(initial);
  const [form, setForm] = useState({ startsAt: "", endsAt: "", instanceId: "", note: "" });
  const [failure, setFailure] = useState<FormErrorCode | null>(null);
  const name = (id: string | null) => (id ? (instances.find((i) => i.id === id)?.name ?? id) : t("all"));

  async function add(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setFailure(null);
    if (!form.startsAt || !form.endsAt) return setFailure("invalid_input");
    const r = await alertsRequest("POST", "/api/alerts/maintenance", {
      instanceId: form.instanceId || null,
      startsAt: new Date(form.startsAt).toISOString(),
      endsAt: new Date(form.endsAt).toISOString(),
      note: form.note.trim() || null,
    });
    if (!r.ok) return setFailure(r.code);
    const w = ZMaintenanceWindowDto.safeParse(r.data);
    if (w.success) setItems((old) => [...old, w.data].sort((a, b) => a.startsAt.localeCompare(b.startsAt)));
    setForm({ startsAt: "", endsAt: "", instanceId: "", note: "" });
  }

  async function remove(id: string) {
    const r = await alertsRequest("DELETE", `/api/alerts/maintenance/${id}`);
    if (!r.ok) return setFailure(r.code);
    setItems((old) => old.filter((w) => w.id !== id));
  }

  return (
    <div className="space-y-3">
      {items.length === 0 ? <p className="text-sm text-zinc-600 dark:text-zinc-400">{t("none")}</p> : null}
      <ul className="space-y-1">
        {items.map((w) => (
          <li key={w.id} className="flex flex-wrap items-center justify-between gap-2 text-sm text-zinc-800 dark:text-zinc-200">
            <span className="break-words">
              {new Date(w.startsAt).toLocaleString()} → {new Date(w.endsAt).toLocaleString()} · {name(w.instanceId)}
              {w.note ? ` · ${w.note}` : ""}
            </span>
            {canManage ? (
              <Button size="sm" variant="ghost" onClick={() => remove(w.id)}>
                {t("cancel")}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {canManage ? (
        <form onSubmit={(e) => add(e)} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" aria-label={t("add")}>
          <Field id="mw-start" label={t("starts")}>
            <Input id="mw-start" type="datetime-local" value={form.startsAt} onChange={(e) => setForm((f) => ({ ...f, startsAt: e.target.value }))} />
          </Field>
          <Field id="mw-end" label={t("ends")}>
            <Input id="mw-end" type="datetime-local" value={form.endsAt} onChange={(e) => setForm((f) => ({ ...f, endsAt: e.target.value }))} />
          </Field>
          <Field id="mw-scope" label={t("scope")}>
            <select id="mw-scope" className={selectClass} value={form.instanceId} onChange={(e) => setForm((f) => ({ ...f, instanceId: e.target.value }))}>
              <option value="">{t("all")}</option>
              {instances.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name ?? i.phone ?? i.id}
                </option>
              ))}
            </select>
          </Field>
          <Field id="mw-note" label={t("note")}>
            <Input id="mw-note" maxLength={200} value={form.note} onChange={(e) => setForm((f) => ({ ...f, note: e.target.value }))} />
          </Field>
          <div className="sm:col-span-2 lg:col-span-4">
            <Button type="submit" variant="secondary">
              {t("add")}
            </Button>
          </div>
        </form>
      ) : null}
      {failure ? <Alert tone="danger">{tErr(failure)}</Alert> : null}
    </div>
  );
}
