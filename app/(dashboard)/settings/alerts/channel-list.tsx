"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { DeliveryFailureText } from "@/components/alerts/delivery-failure-text";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { FormErrorCode } from "@/lib/http/error-codes";
import { ZAlertChannelDto, ZAlertDeliveryDto, type TAlertChannelDto } from "@/lib/schemas/dto";
import { alertsRequest } from "./alerts-request";

/** The channels, each with its latest delivery, and (for admins) send test / pause / remove. */
export function ChannelList({ channels, canManage, instanceName, onChange }: { channels: TAlertChannelDto[]; canManage: boolean; instanceName: (id: string) => string; onChange: (next: TAlertChannelDto[]) => void }) {
  const t = useTranslations("alertSettings");
  const tErr = useTranslations("errors");
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<FormErrorCode | null>(null);

  if (channels.length === 0) return <EmptyState title={t("noChannels")} description={t("noChannelsHint")} />;

  async function act(c: TAlertChannelDto, what: "test" | "toggle" | "remove") {
    setBusy(`${c.id}:${what}`);
    setFailure(null);
    const r =
      what === "test"
        ? await alertsRequest("POST", `/api/alerts/channels/${c.id}/test`)
        : what === "toggle"
          ? await alertsRequest("PATCH", `/api/alerts/channels/${c.id}`, { enabled: !c.enabled })
          : await alertsRequest("DELETE", `/api/alerts/channels/${c.id}`);
    setBusy(null);
    if (!r.ok) return setFailure(r.code);
    if (what === "remove") return onChange(channels.filter((x) => x.id !== c.id));
    if (what === "toggle") {
      const item = ZAlertChannelDto.safeParse(r.data);
      return item.success ? onChange(channels.map((x) => (x.id === c.id ? item.data : x))) : setFailure("unknown");
    }
    const d = ZAlertDeliveryDto.safeParse(r.data);
    if (!d.success) return setFailure("unknown");
    onChange(channels.map((x) => (x.id === c.id ? { ...x, lastDelivery: { status: d.data.status, at: d.data.sentAt ?? new Date().toISOString(), error: d.data.lastError } } : x)));
  }

  return (
    <div className="space-y-3">
      {failure ? <Alert tone="danger">{tErr(failure)}</Alert> : null}
      <ul className="divide-y divide-zinc-200 dark:divide-zinc-800" aria-label={t("channels")}>
        {channels.map((c) => (
          <li key={c.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between" data-testid="alert-channel">
            <div className="min-w-0">
              <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-zinc-900 dark:text-zinc-100">
                <span className="break-words">{c.name}</span>
                <Badge>{t(`kinds.${c.kind}`)}</Badge>
                {!c.enabled ? <Badge tone="warning">{t("paused")}</Badge> : null}
              </p>
              <p className="text-xs break-all text-zinc-600 dark:text-zinc-400">
                {c.target} · {c.instanceId ? instanceName(c.instanceId) : t("allInstances")}
              </p>
              {c.lastDelivery ? (
                <p className={`text-xs ${c.lastDelivery.status === "failed" ? "text-red-700 dark:text-red-300" : "text-zinc-500 dark:text-zinc-400"}`} data-testid="last-delivery">
                  {t(`delivery.${ZAlertDeliveryDto.shape.status.catch("pending").parse(c.lastDelivery.status)}`)}
                  {c.lastDelivery.error ? (
                    <>
                      {" — "}
                      <DeliveryFailureText error={c.lastDelivery.error} />
                    </>
                  ) : null}
                </p>
              ) : null}
            </div>
            {canManage ? (
              <div className="flex shrink-0 gap-2">
                <Button size="sm" variant="secondary" disabled={busy !== null} onClick={() => act(c, "test")}>
                  {t("sendTest")}
                </Button>
                <Button size="sm" variant="ghost" disabled={busy !== null} onClick={() => act(c, "toggle")}>
                  {c.enabled ? t("pause") : t("resume")}
                </Button>
                <Button size="sm" variant="ghost" disabled={busy !== null} onClick={() => act(c, "remove")} aria-label={t("removeNamed", { name: c.name })}>
                  {t("remove")}
                </Button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
