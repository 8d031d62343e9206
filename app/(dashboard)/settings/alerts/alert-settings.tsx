"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { PushSubscription } from "@/components/alerts/push-subscription";
import { CopyButton } from "@/components/ui/copy-button";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import type { TPushDeviceDto } from "@/lib/push/list-devices";
import type { TAlertChannelDto, TAlertPolicyDto, TInstanceDto, TMaintenanceWindowDto } from "@/lib/schemas/dto";
import { AddChannelForm } from "./add-channel-form";
import { BrowserNotifications } from "./browser-notifications";
import { ChannelList } from "./channel-list";
import { MaintenanceList } from "./maintenance-list";
import { PolicyForm } from "./policy-form";

export function AlertSettings(props: { channels: TAlertChannelDto[]; policy: TAlertPolicyDto; maintenance: TMaintenanceWindowDto[]; instances: TInstanceDto[]; devices: TPushDeviceDto[]; canManage: boolean }) {
  const t = useTranslations("alertSettings");
  const [channels, setChannels] = useState(props.channels);
  const [secret, setSecret] = useState<string | null>(null);
  const instanceName = (id: string) => props.instances.find((i) => i.id === id)?.name ?? id;
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader>
          <CardTitle>{t("browser.title")}</CardTitle>
        </CardHeader>
        <div className="p-4">
          <BrowserNotifications />
        </div>
      </Card>
      <PushSubscription hasPushChannel={channels.some((c) => c.kind === "push" && c.enabled)} devices={props.devices} />
      <Card>
        <CardHeader>
          <CardTitle>{t("channels")}</CardTitle>
        </CardHeader>
        <div className="space-y-5 p-4">
          <ChannelList channels={channels} canManage={props.canManage} instanceName={instanceName} onChange={setChannels} />
          {secret ? (
            <div className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100" role="status">
              <p>{t("secretOnce")}</p>
              <div className="mt-2 flex items-center gap-2">
                <code className="min-w-0 flex-1 break-all">{secret}</code>
                <CopyButton value={secret} labels={{ copy: t("copy"), copied: t("copied"), failed: t("copyFailed") }} />
              </div>
            </div>
          ) : null}
          {props.canManage ? (
            <AddChannelForm
              instances={props.instances}
              onAdded={(c, s) => {
                setChannels((old) => [...old, c]);
                setSecret(s);
              }}
            />
          ) : (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">{t("adminsOnly")}</p>
          )}
        </div>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("policy.title")}</CardTitle>
        </CardHeader>
        <div className="p-4">
          <PolicyForm initial={props.policy} canManage={props.canManage} />
        </div>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("maintenance.title")}</CardTitle>
        </CardHeader>
        <div className="p-4">
          <MaintenanceList initial={props.maintenance} instances={props.instances} canManage={props.canManage} />
        </div>
      </Card>
    </div>
  );
}
