"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import { Spinner } from "@/components/ui/spinner";
import { readErrorCode, type FormErrorCode } from "@/lib/http/error-codes";
import type { TPushDeviceDto } from "@/lib/push/list-devices";
import { PushDevices } from "./push-devices";
import { keyBytes, madeWithKey, pushSupport, readyRegistration } from "./service-worker";

type State = "checking" | "unsupported" | "insecure" | "denied" | "off" | "subscribed";

async function sendSubscription(method: "POST" | "DELETE", body: unknown): Promise<boolean> {
  const res = await fetch("/api/push/subscription", { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).catch(() => null);
  return !!res?.ok;
}

async function vapidKey(): Promise<Uint8Array<ArrayBuffer>> {
  const res = await fetch("/api/push/vapid-public-key");
  const body = (await res.json().catch(() => null)) as { publicKey?: unknown } | null;
  if (!res.ok || typeof body?.publicKey !== "string") throw new Error(`HTTP ${res.status}`);
  return keyBytes(body.publicKey);
}

/** The user's subscribed devices as the server has them now; null when it could not say. */
async function fetchDevices(): Promise<TPushDeviceDto[] | null> {
  const res = await fetch("/api/push/devices").catch(() => null);
  const body = (await res?.json().catch(() => null)) as { items?: TPushDeviceDto[] } | null;
  return res?.ok && Array.isArray(body?.items) ? body.items : null;
}

async function removeDeviceRequest(id: string): Promise<{ ok: true } | { ok: false; code: FormErrorCode; status: number }> {
  const res = await fetch(`/api/push/devices/${encodeURIComponent(id)}`, { method: "DELETE" }).catch(() => null);
  if (!res) return { ok: false, code: "network", status: 0 };
  return res.ok ? { ok: true } : { ok: false, ...(await readErrorCode(res)) };
}

/**
 * "Receive alerts on this browser or phone": subscribes this browser to Web Push with Vigia's VAPID key and
 * gives the subscription to Vigia (/api/push/subscription), or takes it back. The state shown is the
 * browser's own (its permission and its subscription); a subscription found on load is sent again, so a row
 * the server dropped (a 410 from the push service, a restored database) comes back, and one made with another
 * VAPID key is replaced. Below it, the user's subscribed devices (this one and the others), each removable.
 */
export function PushSubscription({ hasPushChannel, devices: initialDevices }: { hasPushChannel: boolean; devices: TPushDeviceDto[] }) {
  const t = useTranslations("push");
  const tDevices = useTranslations("pushDevices");
  const tErr = useTranslations("errors");
  const [state, setState] = useState<State>("checking");
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [devices, setDevices] = useState(initialDevices);
  const [thisEndpoint, setThisEndpoint] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [removeFailure, setRemoveFailure] = useState<string | null>(null);

  const refreshDevices = useCallback(async () => {
    const fresh = await fetchDevices();
    if (fresh) setDevices(fresh);
  }, []);

  /** This browser's state, and its subscription's endpoint when Vigia has it. */
  const check = useCallback(async (): Promise<{ state: State; endpoint: string | null }> => {
    const support = pushSupport();
    if (support !== "supported") return { state: support, endpoint: null };
    if (Notification.permission === "denied") return { state: "denied", endpoint: null };
    const reg = await readyRegistration();
    let sub = await reg.pushManager.getSubscription();
    if (!sub || Notification.permission !== "granted") return { state: "off", endpoint: null };
    // Made with another key pair (a new database): the push service would refuse Vigia's pushes, so subscribe again.
    const key = await vapidKey();
    if (!madeWithKey(sub, key)) {
      await sub.unsubscribe();
      sub = await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key });
    }
    return (await sendSubscription("POST", sub.toJSON())) ? { state: "subscribed", endpoint: sub.endpoint } : { state: "off", endpoint: null };
  }, []);

  useEffect(() => {
    check()
      .then(
        (r) => {
          setState(r.state);
          setThisEndpoint(r.endpoint);
        },
        () => setState("unsupported"),
      )
      .then(refreshDevices)
      .catch(() => undefined);
  }, [check, refreshDevices]);

  async function subscribe() {
    setPending(true);
    setFailure(null);
    try {
      const permission = await Notification.requestPermission();
      if (permission !== "granted") return setState(permission === "denied" ? "denied" : "off");
      const [reg, key] = await Promise.all([readyRegistration(), vapidKey()]);
      const old = await reg.pushManager.getSubscription();
      if (old && !madeWithKey(old, key)) await old.unsubscribe();
      const sub = (old && madeWithKey(old, key) ? old : null) ?? (await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key }));
      if (!(await sendSubscription("POST", sub.toJSON()))) {
        await sub.unsubscribe().catch(() => false);
        throw new Error(t("serverRefused"));
      }
      setThisEndpoint(sub.endpoint);
      setState("subscribed");
      await refreshDevices();
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      setPending(false);
    }
  }

  async function unsubscribe() {
    setPending(true);
    setFailure(null);
    try {
      const reg = await readyRegistration();
      const sub = await reg.pushManager.getSubscription();
      if (sub) {
        await sendSubscription("DELETE", { endpoint: sub.endpoint });
        await sub.unsubscribe();
      }
      setThisEndpoint(null);
      setState("off");
      await refreshDevices();
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      setPending(false);
    }
  }

  async function removeDevice(device: TPushDeviceDto) {
    setRemoveFailure(null);
    if (device.endpoint === thisEndpoint) return unsubscribe();
    setRemoving(device.id);
    try {
      const result = await removeDeviceRequest(device.id);
      // Already gone (removed elsewhere, or dropped after a 410) is what was asked: the refreshed list shows it.
      if (!result.ok && result.code !== "device_not_found") setRemoveFailure(tDevices("failed", { reason: tErr(result.code, { status: result.status }) }));
      await refreshDevices();
    } finally {
      setRemoving(null);
    }
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
      </CardHeader>
      <div className="space-y-3 p-4" data-testid="push-subscription" data-state={state}>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="min-w-0 flex-1 text-sm text-zinc-700 dark:text-zinc-300" data-testid="push-state">
            {state === "checking" ? (
              <span className="inline-flex items-center gap-2">
                <Spinner />
                {t("checking")}
              </span>
            ) : (
              t(state)
            )}
          </p>
          {state === "off" ? (
            <Button size="sm" onClick={subscribe} disabled={pending}>
              {pending ? <Spinner /> : null}
              {t("subscribe")}
            </Button>
          ) : null}
          {state === "subscribed" ? (
            <Button variant="secondary" size="sm" onClick={unsubscribe} disabled={pending}>
              {pending ? <Spinner /> : null}
              {t("unsubscribe")}
            </Button>
          ) : null}
        </div>
        {failure ? <Alert tone="danger">{t("failed", { reason: failure })}</Alert> : null}
        {state === "subscribed" && !hasPushChannel ? <Alert tone="warning">{t("noChannel")}</Alert> : null}
        <p className="text-xs text-zinc-500 dark:text-zinc-400">{t("installHint")}</p>
        <PushDevices devices={devices} thisEndpoint={thisEndpoint} busy={pending ? (devices.find((d) => d.endpoint === thisEndpoint)?.id ?? "this-browser") : removing} onRemove={removeDevice} />
        {removeFailure ? <Alert tone="danger">{removeFailure}</Alert> : null}
      </div>
    </Card>
  );
}
