import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getPolicy } from "@/lib/alerts/get-policy";
import { listChannels } from "@/lib/alerts/list-channels";
import { listMaintenanceWindows } from "@/lib/alerts/maintenance";
import { requireUser } from "@/lib/auth/require-user";
import { getDb } from "@/lib/db/get-db";
import { listInstances } from "@/lib/instances/list-instances";
import { listDevices } from "@/lib/push/list-devices";
import { AlertSettings } from "./alert-settings";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("alertSettings");
  return { title: t("title") };
}

export default async function AlertSettingsPage() {
  const user = await requireUser(); // before any read: see lib/auth/require-user.ts
  const db = getDb();
  const [channels, policy, maintenance, instances, devices] = await Promise.all([
    listChannels(db),
    getPolicy(db, "global"),
    listMaintenanceWindows(db),
    listInstances(db),
    listDevices(db, user.id),
  ]);
  const t = await getTranslations("alertSettings");
  return (
    <div className="max-w-4xl">
      <div className="mb-6">
        <h1 className="text-xl font-semibold tracking-tight md:text-2xl">{t("title")}</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{t("subtitle")}</p>
      </div>
      <AlertSettings channels={channels} policy={policy} maintenance={maintenance} instances={instances} devices={devices} canManage={user.role === "admin"} />
    </div>
  );
}
