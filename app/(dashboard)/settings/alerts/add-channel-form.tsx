"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import type { FormErrorCode } from "@/lib/http/error-codes";
import { ZAlertChannelDto, type TAlertChannelDto, type TInstanceDto } from "@/lib/schemas/dto";
import { alertsRequest } from "./alerts-request";
import { CHANNEL_FIELDS, ChannelFields, type TChannelKind } from "./channel-fields";
import { Field, selectClass } from "./field";

const KINDS: TChannelKind[] = ["slack", "telegram", "email", "webhook", "whatsapp", "push"];

export function AddChannelForm({ instances, onAdded }: { instances: TInstanceDto[]; onAdded: (c: TAlertChannelDto, secret: string | null) => void }) {
  const t = useTranslations("alertSettings");
  const tErr = useTranslations("errors");
  const [kind, setKind] = useState<TChannelKind>("slack");
  const [name, setName] = useState("");
  const [scope, setScope] = useState("");
  const [values, setValues] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<{ code: FormErrorCode; details?: string } | null>(null);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const config: Record<string, unknown> = { kind };
    for (const f of CHANNEL_FIELDS[kind]) {
      const v = (values[f.name] ?? "").trim();
      if (v) config[f.name] = f.type === "number" ? Number(v) : v;
    }
    setPending(true);
    setFailure(null);
    const r = await alertsRequest("POST", "/api/alerts/channels", { name: name.trim() || t(`kinds.${kind}`), instanceId: scope || null, config });
    setPending(false);
    if (!r.ok) return setFailure({ code: r.code });
    const parsed = (r.data ?? {}) as { item?: unknown; secret?: string | null };
    const item = ZAlertChannelDto.safeParse(parsed.item);
    if (!item.success) return setFailure({ code: "unknown" });
    setValues({});
    setName("");
    onAdded(item.data, parsed.secret ?? null);
  }

  return (
    <form onSubmit={(e) => submit(e)} className="space-y-3" aria-label={t("add")}>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id="channel-kind" label={t("kind")}>
          <select id="channel-kind" className={selectClass} value={kind} onChange={(e) => setKind(e.target.value as TChannelKind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="channel-name" label={t("name")}>
          <Input id="channel-name" value={name} maxLength={100} placeholder={t(`kinds.${kind}`)} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field id="channel-scope" label={t("scope")}>
          <select id="channel-scope" className={selectClass} value={scope} onChange={(e) => setScope(e.target.value)}>
            <option value="">{t("allInstances")}</option>
            {instances.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name ?? i.phone ?? i.id}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <ChannelFields kind={kind} values={values} onChange={(n, v) => setValues((old) => ({ ...old, [n]: v }))} />
      {failure ? <Alert tone="danger">{tErr(failure.code)}</Alert> : null}
      <Button type="submit" disabled={pending}>
        {pending ? <Spinner /> : null}
        {t("add")}
      </Button>
    </form>
  );
}
