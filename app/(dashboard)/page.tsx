import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { getHeadSeq } from "@/lib/changes/get-head-seq";
import { listChats } from "@/lib/chats/list-chats";
import { getDb } from "@/lib/db/get-db";
import { listEvents } from "@/lib/events/list-events";
import { getFleetOverview } from "@/lib/fleet/get-fleet-overview";
import { listInstances } from "@/lib/instances/list-instances";
import { dropRepeatedContent } from "@/lib/messages/drop-repeated-content";
import { listRecentMessages } from "@/lib/messages/list-recent-messages";
import { getWebhookUrl } from "@/lib/webhooks/get-webhook-url";
import { type DashboardSnapshot, LiveDashboard } from "./live-dashboard";
import { requestOrigin } from "./request-origin";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("title") };
}

export default async function DashboardPage() {
  const user = await requireUser(); // before any read: see lib/auth/require-user.ts
  const db = getDb();
  // headSeq first: a change committed while the lists are read is then replayed by the socket (harmless,
  // changes apply idempotently) instead of being missed.
  const headSeq = await getHeadSeq(db);
  const [instances, chats, messages, events, fleet] = await Promise.all([
    listInstances(db),
    listChats(db, { limit: 100 }),
    listRecentMessages(db, { limit: 50 }),
    listEvents(db, { limit: 50 }),
    getFleetOverview(db),
  ]);
  // The webhook URL carries the ingest secret: admins only.
  const webhookUrl = user.role === "admin" ? getWebhookUrl(await requestOrigin()) : null;
  const snapshot: DashboardSnapshot = { headSeq, instances, chats: chats?.items ?? [], messages: messages.map(dropRepeatedContent), events: events.items, fleet };
  const t = await getTranslations("dashboard");

  return (
    <>
      <div className="mb-6">
        <h1 className="text-xl font-semibold tracking-tight md:text-2xl">{t("title")}</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{t("subtitle")}</p>
      </div>
      <LiveDashboard key={headSeq} snapshot={snapshot} webhookUrl={webhookUrl} canManage={user.role === "admin"} />
    </>
  );
}
