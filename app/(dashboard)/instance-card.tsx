"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { DisconnectReason } from "@/components/format/disconnect-reason";
import { InstanceColorDot } from "@/components/format/instance-color-dot";
import { formatPhone } from "@/components/format/format-phone";
import { shortId } from "@/components/format/short-id";
import { RelativeTime } from "@/components/time/relative-time";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import { StatusDot, type StatusTone } from "@/components/ui/status-dot";
import type { TInstanceDto } from "@/lib/schemas/dto";

const stateTone: Record<TInstanceDto["state"], { badge: BadgeTone; dot: StatusTone; edge: string }> = {
  connected: { badge: "success", dot: "success", edge: "border-l-emerald-500" },
  disconnected: { badge: "danger", dot: "danger", edge: "border-l-red-500" },
  unknown: { badge: "neutral", dot: "neutral", edge: "border-l-zinc-300 dark:border-l-zinc-600" },
};

export function InstanceCard({ instance, canManage }: { instance: TInstanceDto; canManage: boolean }) {
  const t = useTranslations("instances");
  const tm = useTranslations("manageInstances");
  // Traffic is evidence: an instance that sends events but whose connection Z-API has not reported yet is up.
  const receiving = instance.state === "unknown" && instance.lastEventAt !== null;
  const tone = receiving ? stateTone.connected : stateTone[instance.state];
  const phone = formatPhone(instance.phone);
  const title = instance.name ?? phone ?? t("unnamed", { id: shortId(instance.id) });

  return (
    <li
      data-testid="instance-card"
      data-instance-id={instance.id}
      data-state={instance.state}
      className={cn(
        "flex min-w-0 flex-col gap-3 rounded-xl border border-l-4 border-zinc-200 bg-white p-4 shadow-sm dark:border-zinc-800 dark:bg-zinc-900",
        tone.edge,
      )}
    >
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 className="flex min-w-0 items-center gap-2 font-semibold" title={title}>
            <InstanceColorDot color={instance.color} />
            <span className="truncate">{title}</span>
          </h3>
          {instance.name || phone ? (
            <p className="truncate text-sm text-zinc-600 dark:text-zinc-400">
              {instance.name && phone ? `${phone} · ` : null}
              <span className="font-mono text-xs" title={instance.id}>
                {shortId(instance.id)}
              </span>
            </p>
          ) : null}
        </div>
        <Badge tone={tone.badge} className="gap-1.5">
          <StatusDot tone={tone.dot} />
          {receiving ? t("receiving") : t(`state.${instance.state}`)}
        </Badge>
      </div>

      <dl className="grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
        <dt className="text-zinc-500 dark:text-zinc-400">{t("since")}</dt>
        <dd className="min-w-0 truncate text-right">
          {instance.stateChangedAt ? <RelativeTime iso={instance.stateChangedAt} /> : "—"}
        </dd>
        <dt className="text-zinc-500 dark:text-zinc-400">{t("lastEvent")}</dt>
        <dd className="min-w-0 truncate text-right">
          {instance.lastEventAt ? <RelativeTime iso={instance.lastEventAt} /> : t("noEvents")}
        </dd>
      </dl>

      {receiving ? <p className="text-xs text-zinc-600 dark:text-zinc-400">{t("receivingHint")}</p> : null}
      {instance.state === "disconnected" && instance.disconnectReason ? (
        <p className="rounded-md bg-red-50 px-2.5 py-1.5 text-xs break-words text-red-800 dark:bg-red-950/60 dark:text-red-200">
          <span className="font-medium">{t("reason")}</span> <DisconnectReason reason={instance.disconnectReason} />
        </p>
      ) : null}
      {instance.isBusiness || instance.simulated || canManage ? (
        <div className="mt-auto flex flex-wrap items-center gap-2">
          {instance.isBusiness ? <Badge tone="info">{t("business")}</Badge> : null}
          {instance.simulated ? <Badge tone="warning">{tm("simulated")}</Badge> : null}
          {canManage ? (
            <Link
              href={`/settings?instance=${encodeURIComponent(instance.id)}#instances`}
              aria-label={tm("manageLabel", { name: title })}
              className={cn("ml-auto rounded text-sm font-medium text-brand-700 hover:underline dark:text-brand-300", focusRing)}
            >
              {tm("manage")}
            </Link>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
