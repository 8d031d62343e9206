"use client";

import { useTranslations } from "next-intl";
import { useSyncExternalStore, useState } from "react";
import { Button } from "@/components/ui/button";

type Permission = NotificationPermission | "unsupported";
const read = (): Permission => (typeof Notification === "undefined" ? "unsupported" : Notification.permission);
const noop = () => () => {};

/** Whether this browser shows Vigia's notifications while a tab is open, and the button that asks. */
export function BrowserNotifications() {
  const t = useTranslations("alertSettings.browser");
  const initial = useSyncExternalStore(noop, read, (): Permission => "default");
  const [asked, setAsked] = useState<Permission | null>(null);
  const permission = asked ?? initial;
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-zinc-700 dark:text-zinc-300" data-testid="notification-permission">
        {t(permission)}
      </p>
      {permission === "default" ? (
        <Button variant="secondary" size="sm" onClick={() => Notification.requestPermission().then(setAsked, () => setAsked(read()))}>
          {t("enable")}
        </Button>
      ) : null}
    </div>
  );
}
