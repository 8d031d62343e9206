import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { getHeadSeq } from "@/lib/changes/get-head-seq";
import { getDb } from "@/lib/db/get-db";
import { checkHealth } from "@/lib/health/check-health";
import { getRuntime } from "@/lib/runtime/runtime";
import { readRejectedWebhooks } from "@/lib/settings/rejected-webhooks";
import { listApiTokens } from "@/lib/tokens/list-api-tokens";
import { getWebhookUrl } from "@/lib/webhooks/get-webhook-url";
import { requestOrigin } from "../request-origin";
import { listInstances } from "@/lib/instances/list-instances";
import { ApiTokens } from "./api-tokens";
import { InstancesSection } from "./instances-section";
import { LiveRefresh } from "./live-refresh";
import { TokenUsage } from "./token-usage";
import { WebhookHealth } from "./webhook-health";
import { ZapiConnection } from "./zapi-connection";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings");
  return { title: t("title") };
}

export default async function SettingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser(); // before any read: see lib/auth/require-user.ts
  const db = getDb();
  const headSeq = await getHeadSeq(db); // before the reads, like the dashboard (see its page.tsx)
  const [health, rejected, tokens, instances] = await Promise.all([
    checkHealth(getRuntime()),
    readRejectedWebhooks(db),
    listApiTokens(db),
    listInstances(db),
  ]);
  // A dashboard card's "manage" link names the instance to bring into view.
  const wanted = (await searchParams).instance;
  const focusId = typeof wanted === "string" ? wanted : null;
  const isAdmin = user.role === "admin";
  // The webhook URL carries the ingest secret: admins only (as on the dashboard).
  const webhookUrl = isAdmin ? getWebhookUrl(await requestOrigin()) : null;
  const t = await getTranslations("settings");

  return (
    <div className="max-w-4xl">
      <LiveRefresh headSeq={headSeq} />
      <div className="mb-6">
        <h1 className="text-xl font-semibold tracking-tight md:text-2xl">{t("title")}</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{t("subtitle")}</p>
      </div>
      <div className="space-y-6">
        <InstancesSection headSeq={headSeq} initial={instances} canManage={isAdmin} focusId={focusId} />
        <ZapiConnection webhookUrl={webhookUrl} />
        <Link
          href="/settings/alerts"
          className={cn(focusRing, "block rounded-xl border border-zinc-200 bg-white p-4 shadow-sm hover:border-brand-400 dark:border-zinc-800 dark:bg-zinc-900")}
        >
          <span className="text-sm font-semibold text-zinc-900 dark:text-zinc-100">{t("alertsLink")}</span>
          <span className="mt-1 block text-sm text-zinc-600 dark:text-zinc-400">{t("alertsLinkHint")}</span>
        </Link>
        <WebhookHealth
          data={{
            databaseOk: health.database.ok,
            rejected,
            pendingEvents: health.pipeline.pendingEvents,
            lastEventAt: health.pipeline.lastEventAt,
            spool: health.spool,
          }}
        />
        <ApiTokens initial={tokens} canManage={isAdmin} usage={<TokenUsage />} />
      </div>
    </div>
  );
}
