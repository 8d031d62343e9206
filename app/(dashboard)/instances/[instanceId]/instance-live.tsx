"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { bucketCounts, EventSparkline } from "@/components/fleet/event-sparkline";
import { UptimeFigures } from "@/components/fleet/uptime-figures";
import { DisconnectReason } from "@/components/format/disconnect-reason";
import { formatPhone } from "@/components/format/format-phone";
import { InstanceColorDot } from "@/components/format/instance-color-dot";
import { instanceLabel } from "@/components/format/instance-label";
import { shortId } from "@/components/format/short-id";
import { useEvents, useIncidentRows, useInstances, useLiveSeed, useStuckRows } from "@/components/realtime/use-live";
import { ClockTime } from "@/components/time/clock-time";
import { formatDuration } from "@/components/time/format-duration";
import { RelativeTime } from "@/components/time/relative-time";
import { useClientNow } from "@/components/time/use-client-now";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import { fleetRows } from "@/lib/fleet/fleet-rows";
import type { TFleetOverview } from "@/lib/fleet/get-fleet-overview";
import { EVENT_CAPACITY } from "@/lib/live-store/live-state";
import type { LiveSnapshot } from "@/lib/live-store/seed-snapshot";
import type { TAlertPolicyDto, TIncidentDto, TZapiCredentialStatusDto } from "@/lib/schemas/dto";
import { CredentialsForm } from "./credentials-form";
import { InstancePolicyForm } from "./instance-policy-form";

type Props = {
  snapshot: LiveSnapshot;
  instanceId: string;
  fleet: TFleetOverview;
  incidents: TIncidentDto[];
  moreIncidents: boolean;
  dayRate: [number, number][];
  admin: { policy: TAlertPolicyDto; globalPolicy: TAlertPolicyDto; credentials: TZapiCredentialStatusDto } | null;
};

const linkClass = cn("rounded text-sm font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-300", focusRing);

/** One instance: how it is now, its incidents, its traffic and (for admins) its alert policy and credentials. Live. */
export function InstanceLive({ snapshot, instanceId, fleet, incidents, moreIncidents, dayRate, admin }: Props) {
  const t = useTranslations("instancePage");
  const tf = useTranslations("fleet");
  const ti = useTranslations("instances");
  const tk = useTranslations("incident");
  const locale = useLocale();
  useLiveSeed(snapshot);
  const all = useInstances();
  const incidentRows = useIncidentRows();
  const stuck = useStuckRows();
  const recent = useEvents({ floor: null, limit: EVENT_CAPACITY });
  const snapshotAt = Date.parse(fleet.at);
  const now = useClientNow(snapshotAt);

  const instance = all.find((i) => i.id === instanceId) ?? snapshot.instances?.[0];
  const row = useMemo(
    () =>
      instance
        ? fleetRows({ instances: [instance], overview: fleet, headSeq: snapshot.headSeq, incidents: incidentRows, stuck, events: recent, labelOf: (i) => instanceLabel(i, i.id) ?? i.id }).rows[0]
        : undefined,
    [instance, fleet, snapshot.headSeq, incidentRows, stuck, recent],
  );
  // The history: the page's list, each replaced by a newer version from the socket, plus incidents opened since.
  const history = useMemo(() => {
    const byId = new Map(incidents.map((i) => [i.id, i]));
    for (const [id, r] of incidentRows) if (r.seq > snapshot.headSeq && r.value.instanceId === instanceId) byId.set(id, r.value);
    return [...byId.values()].sort((a, b) => (a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : 0));
  }, [incidents, incidentRows, snapshot.headSeq, instanceId]);

  if (!instance || !row) return null;
  const phone = formatPhone(instance.phone);
  const title = instance.name ?? phone ?? ti("unnamed", { id: shortId(instance.id) });
  const hour = bucketCounts(row.rate, now, 60_000, 60);
  const day = bucketCounts([...dayRate, ...row.liveRate], now, 3_600_000, 24);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const duration = (from: string, to: string | null) => formatDuration(Math.max(0, (to ? Date.parse(to) : now) - Date.parse(from)), locale);
  const stateLabel =
    row.health.connection === "receiving" ? ti("receiving") : row.health.connection === "silent" ? tf("silent") : ti(`state.${row.health.connection}`);
  const tone = row.health.problem ? "danger" : row.health.verdict === "healthy" ? "success" : row.health.verdict === "unknown" ? "neutral" : "warning";

  return (
    <div className="max-w-5xl space-y-6" data-testid="instance-page" data-instance-id={instance.id} data-verdict={row.health.verdict}>
      <div>
        <Link href="/" className={cn("text-sm text-zinc-600 hover:underline dark:text-zinc-400", focusRing)}>
          ← {t("back")}
        </Link>
        <h1 className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xl font-semibold tracking-tight break-words md:text-2xl">
          <InstanceColorDot color={instance.color} />
          <span className="min-w-0 break-words">{title}</span>
          <Badge tone={tone} data-testid="instance-state">
            {stateLabel}
          </Badge>
        </h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          {instance.name && phone ? `${phone} · ` : null}
          <span className="font-mono text-xs">{instance.id}</span>
          {instance.stateChangedAt ? (
            <>
              {" · "}
              {t("stateSince")} <ClockTime iso={instance.stateChangedAt} />
            </>
          ) : null}
        </p>
        <p className={cn("mt-2 text-sm font-medium", row.health.problem ? "text-red-700 dark:text-red-300" : "text-zinc-700 dark:text-zinc-300")} data-testid="verdict">
          {row.health.verdict === "down"
            ? tf("verdict.down", { duration: duration(instance.stateChangedAt ?? row.openIncident?.startedAt ?? fleet.at, null) })
            : row.health.verdict === "silent"
              ? tf("verdict.silent", { duration: row.lastEventAt ? duration(row.lastEventAt, null) : "—" })
              : row.health.verdict === "stuck"
                ? tf("verdict.stuck", { count: row.stuck })
                : row.health.verdict === "failed"
                  ? tf("verdict.failed", { count: row.failed })
                  : tf(`verdict.${row.health.verdict}`)}
          {" · "}
          <span className="font-normal text-zinc-600 dark:text-zinc-400">
            {t("lastEvent")}: {row.lastEventAt ? <RelativeTime iso={row.lastEventAt} /> : ti("noEvents")}
          </span>
        </p>
        {instance.state === "disconnected" && instance.disconnectReason ? (
          <p className="mt-2 text-sm text-red-800 dark:text-red-200">
            <DisconnectReason labelled reason={instance.disconnectReason} />
          </p>
        ) : null}
      </div>

      <div className="grid gap-4 md:grid-cols-3">
        <Card>
          <CardHeader>
            <CardTitle>{t("uptimeTitle")}</CardTitle>
          </CardHeader>
          <CardBody className="space-y-2">
            <UptimeFigures uptime={row.uptime} large />
            <p className="text-xs text-zinc-500 dark:text-zinc-400">{t("uptimeHint")}</p>
          </CardBody>
        </Card>
        <Card className="md:col-span-2">
          <CardHeader>
            <CardTitle>{t("trafficTitle")}</CardTitle>
          </CardHeader>
          <CardBody className="grid gap-4 sm:grid-cols-2">
            <div>
              <p className="mb-1 flex justify-between text-xs text-zinc-600 dark:text-zinc-400">
                <span>{t("trafficHour")}</span>
                <span>{t("trafficTotal", { count: sum(hour) })}</span>
              </p>
              <EventSparkline counts={hour} label={`${tf("rateLabel")}: ${tf("rate", { count: sum(hour) })}`} tone={row.health.verdict === "down" ? "down" : "ok"} className="h-12" />
            </div>
            <div>
              <p className="mb-1 flex justify-between text-xs text-zinc-600 dark:text-zinc-400">
                <span>{t("trafficDay")}</span>
                <span>{t("trafficTotal", { count: sum(day) })}</span>
              </p>
              <EventSparkline counts={day} label={`${t("trafficDayLabel")}: ${t("trafficTotal", { count: sum(day) })}`} className="h-12" />
            </div>
          </CardBody>
        </Card>
      </div>

      <Card aria-labelledby="incidents-title">
        <CardHeader>
          <CardTitle id="incidents-title">{t("incidentsTitle")}</CardTitle>
          {moreIncidents ? <span className="text-xs text-zinc-500 dark:text-zinc-400">{t("moreIncidents", { count: incidents.length })}</span> : null}
        </CardHeader>
        {history.length === 0 ? (
          <p className="px-4 py-4 text-sm text-zinc-600 dark:text-zinc-400">{t("noIncidents")}</p>
        ) : (
          <ul data-testid="incident-history" className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {history.map((i) => (
              <li key={i.id} data-testid="incident-row" data-incident-id={i.id} data-open={i.endedAt ? "false" : "true"}>
                <Link href={`/incidents/${i.id}`} className={cn("flex flex-wrap items-baseline gap-x-3 gap-y-1 px-4 py-2.5 text-sm hover:bg-zinc-50 dark:hover:bg-zinc-800/60", focusRing)}>
                  <ClockTime iso={i.startedAt} className="w-28 shrink-0 text-zinc-500 tabular-nums dark:text-zinc-400" />
                  <span className="min-w-0 flex-1 break-words text-zinc-900 dark:text-zinc-100">
                    {tk(`kind.${i.kind}`)}
                    {i.reason ? (
                      <span className="text-zinc-600 dark:text-zinc-400">
                        {" — "}
                        <DisconnectReason reason={i.reason} />
                      </span>
                    ) : null}
                  </span>
                  <Badge tone={i.endedAt ? "neutral" : "danger"}>
                    {i.endedAt ? t("incidentEnded", { duration: duration(i.startedAt, i.endedAt) }) : t("incidentOngoing", { duration: duration(i.startedAt, null) })}
                  </Badge>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card aria-labelledby="instance-settings-title">
        <CardHeader>
          <CardTitle id="instance-settings-title">{t("settingsTitle")}</CardTitle>
          <span className="flex flex-wrap gap-x-4 gap-y-1">
            <Link href={`/status?instance=${encodeURIComponent(instance.id)}`} className={linkClass}>
              {t("statusLink")}
            </Link>
            {admin ? (
              <Link href={`/settings?instance=${encodeURIComponent(instance.id)}#instances`} className={linkClass}>
                {t("manageLink")}
              </Link>
            ) : null}
          </span>
        </CardHeader>
        <CardBody className="space-y-8">
          {admin ? (
            <>
              <InstancePolicyForm instanceId={instance.id} initial={admin.policy} global={admin.globalPolicy} />
              <CredentialsForm instanceId={instance.id} initial={admin.credentials} />
            </>
          ) : (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">{t("viewerNote")}</p>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
