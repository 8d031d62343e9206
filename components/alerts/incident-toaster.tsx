"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useContext, useEffect, useState } from "react";
import { instanceLabel } from "@/components/format/instance-label";
import { LiveStoreContext } from "@/components/realtime/live-provider";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import type { TIncidentDto } from "@/lib/schemas/dto";
import { playAlertSound } from "./play-alert-sound";

type Toast = { key: string; incident: TIncidentDto; label: string };
// The card turning red and the tab title stay; the toast goes, so it never sits over the page for good.
const RECOVERY_TOAST_MS = 10_000;
const OUTAGE_TOAST_MS = 30_000;

/**
 * Tells whoever has a Vigia tab open, on any page, that an incident opened or ended: a toast, a sound and,
 * when the user allowed it (Settings → Alerts), a browser notification — one per incident change, tagged so
 * that several open tabs make one notification. Incidents come from the live store (alert loop → change
 * stream → socket); the ones already known when the page loaded are not announced again.
 */
export function IncidentToaster() {
  const t = useTranslations("incidentToast");
  const store = useContext(LiveStoreContext);
  const [toasts, setToasts] = useState<Toast[]>([]);

  useEffect(() => {
    if (!store) return;
    // What the store holds when the page mounts is not news.
    const seen = new Map([...store.getState().incidents].map(([id, r]) => [id, r.seq]));
    return store.subscribe(() => {
      const state = store.getState();
      const fresh: Toast[] = [];
      for (const [id, row] of state.incidents) {
        if ((seen.get(id) ?? -1) >= row.seq) continue;
        seen.set(id, row.seq);
        const instance = row.value.instanceId ? state.instances.rows.get(row.value.instanceId)?.value : undefined;
        fresh.push({ key: `${id}:${row.seq}`, incident: row.value, label: instanceLabel(instance, row.value.instanceId) ?? "Vigia" });
      }
      if (fresh.length === 0) return;
      setToasts((old) => [...fresh.reverse(), ...old].slice(0, 4));
      for (const toast of fresh) {
        const text = describe(t, toast);
        if (!toast.incident.endedAt) playAlertSound();
        if (typeof Notification !== "undefined" && Notification.permission === "granted") {
          try {
            new Notification(text, { tag: `vigia-incident-${toast.incident.id}-${toast.incident.endedAt ? "end" : "start"}`, body: t("notificationBody") });
          } catch {
            // Some browsers only allow notifications from a service worker; the toast is still there.
          }
        }
        setTimeout(() => setToasts((old) => old.filter((x) => x.key !== toast.key)), toast.incident.endedAt ? RECOVERY_TOAST_MS : OUTAGE_TOAST_MS);
      }
    });
  }, [store, t]);

  if (toasts.length === 0) return null;
  return (
    <div className="fixed inset-x-3 bottom-20 z-50 flex flex-col gap-2 md:inset-x-auto md:right-6 md:bottom-6 md:w-96" aria-live="assertive" role="status">
      {toasts.map((toast) => {
        const ended = !!toast.incident.endedAt;
        return (
          <div
            key={toast.key}
            data-testid="incident-toast"
            className={cn(
              "flex items-start gap-3 rounded-xl border p-3 text-sm shadow-lg",
              ended
                ? "border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-50"
                : "border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-50",
            )}
          >
            <span aria-hidden className={cn("mt-1 size-2.5 shrink-0 rounded-full", ended ? "bg-emerald-500" : "bg-red-500")} />
            <div className="min-w-0 flex-1">
              <p className="font-medium break-words">{describe(t, toast)}</p>
              <Link href={`/incidents/${toast.incident.id}`} className={cn("mt-1 inline-block rounded underline underline-offset-2", focusRing)}>
                {t("open")}
              </Link>
            </div>
            <button
              type="button"
              onClick={() => setToasts((old) => old.filter((x) => x.key !== toast.key))}
              className={cn("rounded-md px-1.5 text-lg leading-none opacity-70 hover:opacity-100", focusRing)}
              aria-label={t("dismiss")}
            >
              ×
            </button>
          </div>
        );
      })}
    </div>
  );
}

function describe(t: ReturnType<typeof useTranslations<"incidentToast">>, toast: Toast): string {
  const { incident, label } = toast;
  if (incident.endedAt) return incident.kind === "no_webhooks" ? t("webhooksBack") : t("back", { instance: label });
  if (incident.kind === "no_webhooks") return t("noWebhooks");
  return incident.kind === "silent" ? t("silent", { instance: label }) : t("disconnected", { instance: label });
}
