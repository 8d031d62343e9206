import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DeliveryFailureText } from "@/components/alerts/delivery-failure-text";
import { instanceLabel } from "@/components/format/instance-label";
import { DisconnectReason } from "@/components/format/disconnect-reason";
import { formatPhone } from "@/components/format/format-phone";
import { ClockTime } from "@/components/time/clock-time";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDuration } from "@/lib/alerts/compose-alert";
import { requireUser } from "@/lib/auth/require-user";
import { getHeadSeq } from "@/lib/changes/get-head-seq";
import { getDb } from "@/lib/db/get-db";
import { getIncidentDetail } from "@/lib/incidents/get-incident-detail";
import { IncidentLive } from "./incident-live";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("incident");
  return { title: t("title") };
}

export default async function IncidentPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser(); // before any read: see lib/auth/require-user.ts
  const { id } = await params;
  if (!/^\d{1,18}$/.test(id)) notFound();
  const headSeq = await getHeadSeq(getDb()); // before the reads, like the dashboard (see its page.tsx)
  const detail = await getIncidentDetail(getDb(), BigInt(id));
  if (!detail) notFound();
  const t = await getTranslations("incident");
  const { incident } = detail;
  const label = incident.instanceId ? instanceLabel(detail.instance ?? undefined, incident.instanceId) : t("allInstances");
  const end = incident.endedAt ? new Date(incident.endedAt) : new Date();
  const duration = formatDuration(end.getTime() - new Date(incident.startedAt).getTime());

  return (
    <div className="max-w-4xl space-y-6">
      <IncidentLive headSeq={headSeq} incidentId={incident.id} />
      <div>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{t(`kind.${incident.kind}`)}</p>
        <h1 className="mt-1 flex flex-wrap items-center gap-2 text-xl font-semibold tracking-tight break-words md:text-2xl">
          {label}
          <Badge tone={incident.endedAt ? "success" : "danger"}>{incident.endedAt ? t("ended", { duration }) : t("ongoing", { duration })}</Badge>
        </h1>
        <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
          {t("started")} <ClockTime iso={incident.startedAt} />
          {incident.endedAt ? (
            <>
              {" · "}
              {t("endedAt")} <ClockTime iso={incident.endedAt} />
            </>
          ) : null}
        </p>
        {incident.reason ? (
          <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
            <DisconnectReason labelled reason={incident.reason} />
          </p>
        ) : null}
      </div>

      <Card>
        <CardHeader>
          <CardTitle>{t("timeline")}</CardTitle>
        </CardHeader>
        <ol className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {detail.timeline.length === 0 ? <li className="px-4 py-3 text-sm text-zinc-600 dark:text-zinc-400">{t("noTimeline")}</li> : null}
          {detail.timeline.map((e, i) => (
            <li key={i} className="flex flex-wrap items-baseline gap-x-3 px-4 py-2.5 text-sm">
              <ClockTime iso={e.at} className="w-20 shrink-0 text-zinc-500 tabular-nums dark:text-zinc-400" />
              {e.kind === "connection" ? (
                <span className={e.state === "connected" ? "text-emerald-700 dark:text-emerald-300" : "text-red-700 dark:text-red-300"}>
                  {t(e.state === "connected" ? "connected" : "disconnected")}
                  {e.reason ? (
                    <>
                      {" — "}
                      <DisconnectReason reason={e.reason} />
                    </>
                  ) : null}
                </span>
              ) : (
                <span className="text-zinc-800 dark:text-zinc-200">
                  {t("alert", { purpose: t(`purpose.${e.delivery.purpose}`), channel: e.channel })}{" "}
                  <Badge tone={e.delivery.status === "sent" ? "success" : e.delivery.status === "failed" ? "danger" : "neutral"}>{t(`delivery.${e.delivery.status}`)}</Badge>
                  {e.delivery.lastError ? (
                    <span className="block text-xs text-red-700 dark:text-red-300">
                      <DeliveryFailureText error={e.delivery.lastError} />
                    </span>
                  ) : null}
                </span>
              )}
            </li>
          ))}
        </ol>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>{t("unconfirmed", { count: detail.unconfirmed.length })}</CardTitle>
        </CardHeader>
        <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {detail.unconfirmed.length === 0 ? <li className="px-4 py-3 text-sm text-zinc-600 dark:text-zinc-400">{t("noUnconfirmed")}</li> : null}
          {detail.unconfirmed.map((m) => (
            <li key={m.id} className="flex gap-3 px-4 py-2.5 text-sm">
              <ClockTime iso={m.sentAt} className="w-20 shrink-0 text-zinc-500 tabular-nums dark:text-zinc-400" />
              <span className="min-w-0 flex-1 break-words text-zinc-800 dark:text-zinc-200">{m.text ?? t("noText", { kind: m.kind })}</span>
            </li>
          ))}
        </ul>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>{t("waiting", { count: detail.waitingChats.length })}</CardTitle>
        </CardHeader>
        <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {detail.waitingChats.length === 0 ? <li className="px-4 py-3 text-sm text-zinc-600 dark:text-zinc-400">{t("noWaiting")}</li> : null}
          {detail.waitingChats.map((c) => (
            <li key={c.id} className="flex flex-wrap justify-between gap-2 px-4 py-2.5 text-sm">
              <span className="break-words text-zinc-900 dark:text-zinc-100">{c.name ?? formatPhone(c.phone) ?? c.phone}</span>
              {c.lastMessageAt ? <ClockTime iso={c.lastMessageAt} className="text-zinc-500 dark:text-zinc-400" /> : null}
            </li>
          ))}
        </ul>
      </Card>
      <Link href="/settings/alerts" className={cn(focusRing, "inline-block text-sm text-brand-700 underline underline-offset-2 dark:text-brand-300")}>
        {t("settingsLink")}
      </Link>
    </div>
  );
}
