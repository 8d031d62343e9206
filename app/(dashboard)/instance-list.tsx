"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { IconPlug } from "@/components/icons/icons";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import { EmptyState } from "@/components/ui/empty-state";
import type { TFleetRow } from "@/lib/fleet/fleet-rows";
import { InstanceCard } from "./instance-card";
import { WebhookUrl } from "./webhook-url";

type Props = { rows: TFleetRow[]; archived: number; webhookUrl: string | null; canManage: boolean; snapshotAt: number };

/** `rows`: the instances not archived, worst first; `archived` says how many are hidden, with the way to them. */
export function InstanceList({ rows, archived, webhookUrl, canManage, snapshotAt }: Props) {
  const t = useTranslations("instances");
  const tm = useTranslations("manageInstances");
  const archivedNote =
    archived > 0 ? (
      <Link href="/settings#instances" data-testid="archived-note" className={cn("rounded text-sm text-zinc-600 underline-offset-2 hover:underline dark:text-zinc-400", focusRing)}>
        {tm("archivedNote", { count: archived })}
      </Link>
    ) : null;
  // Up: connected, or receiving events with no connection reported yet (traffic is evidence).
  const connected = rows.filter((r) => r.health.connection === "connected" || r.health.connection === "receiving").length;

  if (rows.length === 0) {
    return (
      <Card aria-labelledby="instances-title">
        <CardHeader>
          <CardTitle id="instances-title">{t("title")}</CardTitle>
        </CardHeader>
        <EmptyState
          icon={<IconPlug className="size-5" />}
          title={t("emptyTitle")}
          description={webhookUrl ? t("emptyBody") : t("emptyBodyViewer")}
        >
          {webhookUrl ? <WebhookUrl url={webhookUrl} /> : null}
          {archivedNote}
        </EmptyState>
      </Card>
    );
  }

  return (
    <section aria-labelledby="instances-title">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <h2 id="instances-title" className="text-base font-semibold">
          {t("title")}
        </h2>
        <p className="flex flex-wrap gap-x-3 text-sm text-zinc-600 dark:text-zinc-400">
          <span data-testid="instances-summary">{t("summary", { connected, total: rows.length })}</span>
          {archivedNote}
        </p>
      </div>
      <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-3">
        {rows.map((row) => (
          <InstanceCard key={row.instance.id} row={row} canManage={canManage} snapshotAt={snapshotAt} />
        ))}
      </ul>
      {webhookUrl ? (
        <details className="group mt-3 rounded-xl border border-dashed border-zinc-300 px-4 py-3 dark:border-zinc-700">
          <summary className={cn(focusRing, "cursor-pointer rounded text-sm font-medium text-zinc-700 select-none dark:text-zinc-300")}>
            {t("addAnother")}
          </summary>
          <div className="mt-3">
            <WebhookUrl url={webhookUrl} />
          </div>
        </details>
      ) : null}
    </section>
  );
}
