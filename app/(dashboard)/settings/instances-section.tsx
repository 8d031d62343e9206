"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { IconPlug } from "@/components/icons/icons";
import { useInstances, useLiveSeed } from "@/components/realtime/use-live";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { SegmentedControl } from "@/components/ui/segmented-control";
import type { TInstanceDto } from "@/lib/schemas/dto";
import { InstanceManageRow } from "./instance-manage-row";
import { RemoveSimulated } from "./remove-simulated";

type Props = { headSeq: number; initial: TInstanceDto[]; canManage: boolean; focusId: string | null };

/**
 * Settings → Instances: every instance, archived ones in their own view. Reads the live store, so a rename
 * or a deletion made here or in another tab shows at once (the change comes over the socket); after its own
 * action it also re-reads the page, in case the socket is down.
 */
export function InstancesSection({ headSeq, initial, canManage, focusId }: Props) {
  const t = useTranslations("manageInstances");
  const router = useRouter();
  useLiveSeed(useMemo(() => ({ headSeq, instances: initial }), [headSeq, initial]));
  const all = useInstances();
  const focusArchived = all.some((i) => i.id === focusId && i.archivedAt !== null);
  const [view, setView] = useState<"active" | "archived">(focusArchived ? "archived" : "active");
  const [announcement, setAnnouncement] = useState("");
  const active = all.filter((i) => i.archivedAt === null);
  const archived = all.filter((i) => i.archivedAt !== null);
  const shown = view === "active" ? active : archived;
  const simulated = all.filter((i) => i.simulated).length;

  function onDone(message: string) {
    setAnnouncement(message);
    router.refresh();
  }

  return (
    <Card id="instances" aria-labelledby="settings-instances" className="scroll-mt-20">
      <CardHeader>
        <CardTitle id="settings-instances">{t("title")}</CardTitle>
        <SegmentedControl
          label={t("viewLabel")}
          value={view}
          onChange={setView}
          options={[
            { value: "active", label: t("activeView", { count: active.length }) },
            { value: "archived", label: t("archivedView", { count: archived.length }) },
          ]}
        />
      </CardHeader>
      <p className="border-b border-zinc-200 px-4 py-3 text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
        {canManage ? t("intro") : t("viewerNote")}
      </p>
      {canManage && simulated > 0 ? (
        <div className="border-b border-zinc-200 px-4 py-3 dark:border-zinc-800">
          <RemoveSimulated count={simulated} onDone={onDone} />
        </div>
      ) : null}
      <p aria-live="polite" className="sr-only" data-testid="instances-announcement">
        {announcement}
      </p>
      {shown.length === 0 ? (
        <EmptyState icon={<IconPlug className="size-5" />} title={view === "active" ? t("emptyActive") : t("emptyArchived")} description={view === "archived" ? t("emptyArchivedBody") : t("emptyActiveBody")} />
      ) : (
        <ul aria-label={view === "active" ? t("activeView", { count: active.length }) : t("archivedView", { count: archived.length })} className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {shown.map((instance) => (
            // Keyed by name and colour too: a rename from elsewhere resets the form, a heartbeat does not.
            <InstanceManageRow key={`${instance.id}:${instance.name}:${instance.color}`} instance={instance} canManage={canManage} highlighted={instance.id === focusId} onDone={onDone} />
          ))}
        </ul>
      )}
    </Card>
  );
}
