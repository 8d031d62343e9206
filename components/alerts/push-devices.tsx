"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import type { TPushDeviceDto } from "@/lib/push/list-devices";

/**
 * The user's own subscribed browsers and phones (lib/push/list-devices.ts), each named by browser and system
 * with the date it subscribed and of its last push, and a button to remove it. The row that is this browser
 * says so; removing it is the same as "Stop on this browser".
 */
export function PushDevices(props: { devices: TPushDeviceDto[]; thisEndpoint: string | null; busy: string | null; onRemove: (device: TPushDeviceDto) => Promise<void> }) {
  const t = useTranslations("pushDevices");
  const format = useFormatter();
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  const nameOf = (d: TPushDeviceDto) => t("name", { browser: d.browser ?? t("unknownBrowser"), os: d.os ?? t("unknownOs") });
  return (
    <section className="space-y-2 border-t border-zinc-200 pt-3 dark:border-zinc-800" aria-labelledby="push-devices-title">
      <h3 id="push-devices-title" className="text-sm font-medium">
        {t("title")}
      </h3>
      <p className="text-xs text-zinc-500 dark:text-zinc-400">{t("hint")}</p>
      {props.devices.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="push-devices-empty">
          {t("empty")}
        </p>
      ) : (
        <ul className="divide-y divide-zinc-200 dark:divide-zinc-800" aria-labelledby="push-devices-title">
          {props.devices.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 py-2" data-testid="push-device" data-this={d.endpoint === props.thisEndpoint ? "true" : "false"}>
              <div className="min-w-0 flex-1">
                <p className="text-sm font-medium break-words">
                  {nameOf(d)}
                  {d.endpoint === props.thisEndpoint ? <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-normal text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200">{t("thisBrowser")}</span> : null}
                </p>
                <p className="text-xs text-zinc-600 dark:text-zinc-400" suppressHydrationWarning>
                  {t("subscribedOn", { date: when(d.createdAt) })} · {d.lastSuccessAt ? t("lastPush", { date: when(d.lastSuccessAt) }) : t("noPushYet")}
                </p>
              </div>
              <Button size="sm" variant="ghost" disabled={props.busy !== null} onClick={() => props.onRemove(d)} aria-label={t("removeNamed", { name: nameOf(d) })}>
                {props.busy === d.id ? <Spinner /> : null}
                {t("remove")}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
