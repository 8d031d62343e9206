"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import { Spinner } from "@/components/ui/spinner";
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

/**
 * "Receive alerts on this browser or phone": subscribes this browser to Web Push with Vigia's VAPID key and
 * gives the subscription to Vigia (/api/push/subscription), or takes it back. The state shown is the
 * browser's own (its permission and its subscription); a subscription found on load is sent again, so a row
 * the server dropped (a 410 from the push service, a restored database) comes back, and one made with another
 * VAPID key is replaced.
 */
export function PushSubscription({ hasPushChannel }: { hasPushChannel: boolean }) {
  const t = useTranslations("push");
  const [state, setState] = useState<State>("checking");
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const check = useCallback(async (): Promise<State> => {
    const support = pushSupport();
    if (support !== "supported") return support;
    if (Notification.permission === "denied") return "denied";
    const reg = await readyRegistration();
    let sub = await reg.pushManager.getSubscription();
    if (!sub || Notification.permission !== "granted") return "off";
    // Made with another key pair (a new database): the push service would refuse Vigia's pushes, so subscribe again.
    const key = await vapidKey();
    if (!madeWithKey(sub, key)) {
      await sub.unsubscribe();
      sub = await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key });
    }
    return (await sendSubscription("POST", sub.toJSON())) ? "subscribed" : "off";
  }, []);

  useEffect(() => {
    check().then(setState, () => setState("unsupported"));
  }, [check]);

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
      setState("subscribed");
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
      setState("off");
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      setPending(false);
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
      </div>
    </Card>
  );
}
