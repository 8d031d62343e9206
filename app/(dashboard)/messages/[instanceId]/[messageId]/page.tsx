import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formatPhone } from "@/components/format/format-phone";
import { requireUser } from "@/lib/auth/require-user";
import { getHeadSeq } from "@/lib/changes/get-head-seq";
import { getDb } from "@/lib/db/get-db";
import { getMessageDetail } from "@/lib/messages/get-message-detail";
import { LiveTimeline } from "./live-timeline";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("timeline");
  return { title: t("title") };
}

type Params = Promise<{ instanceId: string; messageId: string }>;

export default async function MessageTimelinePage({ params }: { params: Params }) {
  await requireUser(); // before any read: see lib/auth/require-user.ts
  const { instanceId: rawInstance, messageId: rawMessage } = await params;
  const instanceId = decodeURIComponent(rawInstance);
  const messageId = decodeURIComponent(rawMessage);
  if (instanceId.length > 120 || messageId.length > 300) notFound();
  const db = getDb();
  const headSeq = await getHeadSeq(db); // before the read, like the dashboard (see app/(dashboard)/page.tsx)
  const detail = await getMessageDetail(db, instanceId, messageId);
  if (!detail) notFound();
  const chat = await db.chat.findUnique({ where: { id: detail.chatId }, select: { name: true, phone: true } });
  const t = await getTranslations("timeline");

  return (
    <>
      <div className="mb-5 min-w-0">
        <Link href="/status" className={cn(focusRing, "text-sm font-medium text-brand-700 hover:underline dark:text-brand-300")}>
          {t("toBoard")}
        </Link>
        <h1 className="mt-1 text-xl font-semibold tracking-tight md:text-2xl">{t("title")}</h1>
        <p className="mt-1 min-w-0 text-sm break-words text-zinc-600 dark:text-zinc-400">
          {t("subtitle", { chat: chat?.name ?? formatPhone(chat?.phone) ?? "?", instance: instanceId })}
        </p>
        {detail.text ? (
          <p data-testid="timeline-text" className="mt-2 line-clamp-4 max-w-2xl rounded-lg bg-zinc-100 px-3 py-2 text-sm break-words whitespace-pre-wrap dark:bg-zinc-800">
            {detail.text}
          </p>
        ) : null}
        <p className="mt-1 font-mono text-xs break-all text-zinc-500 dark:text-zinc-400">{messageId}</p>
      </div>
      <LiveTimeline key={headSeq} headSeq={headSeq} initial={detail} />
    </>
  );
}
