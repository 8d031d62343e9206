"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { bucketCounts, EventSparkline } from "@/components/fleet/event-sparkline";
import { UptimeFigures } from "@/components/fleet/uptime-figures";
import { DisconnectReason } from "@/components/format/disconnect-reason";
import { InstanceColorDot } from "@/components/format/instance-color-dot";
import { formatPhone } from "@/components/format/format-phone";
import { shortId } from "@/components/format/short-id";
import { formatDuration } from "@/components/time/format-duration";
import { RelativeTime } from "@/components/time/relative-time";
import { useClientNow } from "@/components/time/use-client-now";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import { StatusDot, type StatusTone } from "@/components/ui/status-dot";
import type { TConnectionView, TVerdict } from "@/lib/fleet/fleet-health";
import type { TFleetRow } from "@/lib/fleet/fleet-rows";

const connectionTone: Record<TConnectionView, { badge: BadgeTone; dot: StatusTone }> = {
  connected: { badge: "success", dot: "success" },
  receiving: { badge: "success", dot: "success" },
  disconnected: { badge: "danger", dot: "danger" },
  silent: { badge: "warning", dot: "warning" },
  unknown: { badge: "neutral", dot: "neutral" },
};

const verdictStyle: Record<TVerdict, { edge: string; text: string }> = {
  down: { edge: "border-l-red-500", text: "text-red-700 dark:text-red-300" },
  silent: { edge: "border-l-amber-500", text: "text-amber-800 dark:text-amber-300" },
  stuck: { edge: "border-l-amber-500", text: "text-amber-800 dark:text-amber-300" },
  failed: { edge: "border-l-amber-300 dark:border-l-amber-700", text: "text-amber-800 dark:text-amber-300" },
  unknown: { edge: "border-l-zinc-300 dark:border-l-zinc-600", text: "text-zinc-600 dark:text-zinc-400" },
  healthy: { edge: "border-l-emerald-500", text: "text-emerald-700 dark:text-emerald-300" },
};

const RATE_MINUTES = 60;

/** One instance on the fleet overview: how it is, in words first, then the figures behind the words. */
export function InstanceCard({ row, canManage, snapshotAt }: { row: TFleetRow; canManage: boolean; snapshotAt: number }) {
  const t = useTranslations("instances");
  const tf = useTranslations("fleet");
  const tm = useTranslations("manageInstances");
  const locale = useLocale();
  const now = useClientNow(snapshotAt);
  const { instance, health, openIncident } = row;
  const tone = connectionTone[health.connection];
  const style = verdictStyle[health.verdict];
  const phone = formatPhone(instance.phone);
  const title = instance.name ?? phone ?? t("unnamed", { id: shortId(instance.id) });
  const href = `/instances/${encodeURIComponent(instance.id)}`;
  const since = (iso: string | null) => (iso ? formatDuration(Math.max(0, now - Date.parse(iso)), locale) : null);

  const downSince = since(instance.stateChangedAt ?? openIncident?.startedAt ?? null);
  const verdict =
    health.verdict === "down"
      ? downSince
        ? tf("verdict.down", { duration: downSince })
        : tf("verdict.downNoTime")
      : health.verdict === "silent"
        ? tf("verdict.silent", { duration: since(row.lastEventAt) ?? "—" })
        : health.verdict === "stuck"
          ? tf("verdict.stuck", { count: row.stuck })
          : health.verdict === "failed"
            ? tf("verdict.failed", { count: row.failed })
            : tf(`verdict.${health.verdict}`);
  const counts = bucketCounts(row.rate, now, 60_000, RATE_MINUTES);
  const total = counts.reduce((a, b) => a + b, 0);
  const stateLabel =
    health.connection === "receiving" ? t("receiving") : health.connection === "silent" ? tf("silent") : t(`state.${health.connection}`);

  return (
    <li
      data-testid="instance-card"
      data-instance-id={instance.id}
      data-state={instance.state}
      data-verdict={health.verdict}
      data-problem={health.problem ? "true" : "false"}
      className={cn(
        "flex min-w-0 flex-col gap-3 rounded-xl border border-l-4 border-zinc-200 bg-white p-4 shadow-sm dark:border-zinc-800 dark:bg-zinc-900",
        style.edge,
        health.verdict === "down" && "bg-red-50/60 dark:bg-red-950/30",
      )}
    >
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 className="flex min-w-0 items-center gap-2 font-semibold" title={title}>
            <InstanceColorDot color={instance.color} />
            <Link href={href} className={cn("truncate rounded hover:underline", focusRing)}>
              {title}
            </Link>
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
          {stateLabel}
        </Badge>
      </div>

      <p data-testid="verdict" className={cn("text-sm font-medium", style.text)}>
        {verdict}
      </p>

      <div>
        <EventSparkline counts={counts} label={`${tf("rateLabel")}: ${tf("rate", { count: total })}`} tone={health.verdict === "down" ? "down" : total === 0 ? "quiet" : "ok"} />
        <div className="mt-1 flex flex-wrap justify-between gap-x-3 text-xs text-zinc-600 dark:text-zinc-400">
          <span>{tf("rate", { count: total })}</span>
          <span>
            {t("lastEvent")}: {row.lastEventAt ? <RelativeTime iso={row.lastEventAt} /> : t("noEvents")}
          </span>
        </div>
      </div>

      <UptimeFigures uptime={row.uptime} />

      {health.connection === "receiving" ? <p className="text-xs text-zinc-600 dark:text-zinc-400">{t("receivingHint")}</p> : null}
      {instance.state === "disconnected" && instance.disconnectReason ? (
        <p className="rounded-md bg-red-50 px-2.5 py-1.5 text-xs break-words text-red-800 dark:bg-red-950/60 dark:text-red-200">
          <DisconnectReason labelled reason={instance.disconnectReason} />
        </p>
      ) : null}
      {openIncident ? (
        <Link
          href={`/incidents/${openIncident.id}`}
          data-testid="open-incident"
          className={cn("flex items-center justify-between gap-2 rounded-md border border-red-200 px-2.5 py-1.5 text-xs text-red-800 hover:bg-red-50 dark:border-red-900 dark:text-red-200 dark:hover:bg-red-950/50", focusRing)}
        >
          <span>{tf("openIncident", { duration: since(openIncident.startedAt) ?? "—" })}</span>
          <span className="font-medium underline underline-offset-2">{tf("openIncidentLink")}</span>
        </Link>
      ) : null}

      <div className="mt-auto flex flex-wrap items-center gap-2">
        {row.stuck > 0 ? (
          <Link href={`/status?instance=${encodeURIComponent(instance.id)}&status=stuck`} className={cn("rounded", focusRing)}>
            <Badge tone="warning" data-testid="stuck-badge">{tf("stuck", { count: row.stuck })}</Badge>
          </Link>
        ) : null}
        {row.failed > 0 ? (
          <Link href={`/status?instance=${encodeURIComponent(instance.id)}&status=FAILED`} className={cn("rounded", focusRing)}>
            <Badge tone="danger" data-testid="failed-badge">{tf("failed", { count: row.failed })}</Badge>
          </Link>
        ) : null}
        {instance.isBusiness ? <Badge tone="info">{t("business")}</Badge> : null}
        {instance.simulated ? <Badge tone="warning">{tm("simulated")}</Badge> : null}
        <span className="ml-auto flex items-center gap-3">
          <Link href={href} aria-label={tf("detailsLabel", { name: title })} className={cn("rounded text-sm font-medium text-brand-700 hover:underline dark:text-brand-300", focusRing)}>
            {tf("details")}
          </Link>
          {canManage ? (
            <Link
              href={`/settings?instance=${encodeURIComponent(instance.id)}#instances`}
              aria-label={tm("manageLabel", { name: title })}
              className={cn("rounded text-sm font-medium text-brand-700 hover:underline dark:text-brand-300", focusRing)}
            >
              {tm("manage")}
            </Link>
          ) : null}
        </span>
      </div>
    </li>
  );
}
