import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClockTime } from "@/components/time/clock-time";
import { RelativeTime } from "@/components/time/relative-time";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { TSpoolHealth } from "@/lib/health/check-health";
import { StorageBanner } from "../storage-banner";

export type WebhookHealthData = {
  databaseOk: boolean;
  rejected: { count: number; lastAt: string | null };
  pendingEvents: number | null;
  lastEventAt: string | null;
  spool?: TSpoolHealth;
};

function Stat({ label, value, help, testId }: { label: string; value: ReactNode; help?: string; testId?: string }) {
  return (
    <div className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800" data-testid={testId}>
      <dt className="text-xs font-medium text-zinc-600 uppercase dark:text-zinc-400">{label}</dt>
      <dd className="mt-1 text-sm text-zinc-900 dark:text-zinc-100">{value}</dd>
      {help ? <dd className="mt-1.5 text-xs text-pretty text-zinc-500 dark:text-zinc-400">{help}</dd> : null}
    </div>
  );
}

/** Relative time for a glance, the clock time beside it because phones have no hover tooltip. */
function When({ iso, never }: { iso: string | null; never: string }) {
  if (!iso) return <span className="text-zinc-500 dark:text-zinc-400">{never}</span>;
  return (
    <span>
      <RelativeTime iso={iso} /> <span className="text-zinc-500 dark:text-zinc-400">· <ClockTime iso={iso} /></span>
    </span>
  );
}

export async function WebhookHealth({ data }: { data: WebhookHealthData }) {
  const t = await getTranslations("settings.health");
  const format = await getFormatter();
  const { rejected } = data;
  return (
    <Card aria-labelledby="settings-health">
      <CardHeader>
        <CardTitle id="settings-health">{t("title")}</CardTitle>
      </CardHeader>
      <CardBody className="space-y-3">
        {data.databaseOk ? null : <Alert tone="warning">{t("databaseDown")}</Alert>}
        {data.spool ? (
          <StorageBanner
            initial={{ databaseOk: data.databaseOk, waitingOnDisk: data.spool.waitingOnDisk, spoolWritable: data.spool.writable }}
          />
        ) : null}
        <dl className="grid gap-3 sm:grid-cols-2">
          <Stat
            testId="rejected-webhooks"
            label={t("rejected")}
            value={
              <span className={cn("text-2xl font-semibold tabular-nums", rejected.count > 0 && "text-amber-700 dark:text-amber-300")}>
                <span data-testid="rejected-count">{format.number(rejected.count)}</span>
              </span>
            }
            help={t("rejectedHelp")}
          />
          <Stat label={t("lastRejected")} value={<When iso={rejected.lastAt} never={t("rejectedNone")} />} />
          <Stat
            label={t("pending")}
            value={
              <span className="text-2xl font-semibold tabular-nums">
                {data.pendingEvents === null ? t("unknown") : format.number(data.pendingEvents)}
              </span>
            }
            help={t("pendingHelp")}
          />
          <Stat label={t("lastEvent")} value={<When iso={data.lastEventAt} never={t("never")} />} />
          {data.spool ? (
            <Stat
              testId="spool-waiting"
              label={t("onDisk")}
              value={<span className="text-2xl font-semibold tabular-nums">{format.number(data.spool.waitingOnDisk)}</span>}
              help={t("onDiskHelp")}
            />
          ) : null}
        </dl>
      </CardBody>
    </Card>
  );
}
