import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { getHeadSeq } from "@/lib/changes/get-head-seq";
import { getDb } from "@/lib/db/get-db";
import { chatToDto } from "@/lib/dto/chat-to-dto";
import { listInstances } from "@/lib/instances/list-instances";
import { findStuckMessages } from "@/lib/messages/find-stuck-messages";
import { listStatusBoard, ZStatusBoardQuery } from "@/lib/messages/list-status-board";
import { BoardFilters } from "./board-filters";
import { LiveStatusBoard } from "./live-status-board";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("statusBoard");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v?.trim() ? v : undefined;
}

export default async function StatusBoardPage({ searchParams }: { searchParams: SearchParams }) {
  await requireUser(); // before any read: see lib/auth/require-user.ts
  const params = await searchParams;
  const parsed = ZStatusBoardQuery.safeParse({ instance: first(params.instance), chat: first(params.chat), status: first(params.status) });
  // A hand-edited URL with a bad filter shows the whole board rather than an error page.
  const query = parsed.success ? parsed.data : {};
  const db = getDb();
  const headSeq = await getHeadSeq(db); // before the lists, like the dashboard (see app/(dashboard)/page.tsx)
  const [board, stuck, instances] = await Promise.all([
    listStatusBoard(db, query),
    findStuckMessages(db, { instanceId: query.instance }),
    listInstances(db),
  ]);
  const chatIds = [...new Set([...board, ...stuck].map((m) => m.chatId))];
  const chats = (await db.chat.findMany({ where: { id: { in: chatIds } } })).map(chatToDto);
  const t = await getTranslations("statusBoard");

  return (
    <>
      <div className="mb-5">
        <h1 className="text-xl font-semibold tracking-tight md:text-2xl">{t("title")}</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{t("subtitle")}</p>
      </div>
      <BoardFilters key={`${query.instance ?? ""}:${query.chat ?? ""}:${query.status ?? ""}`} query={query} instances={instances} chats={chats} />
      <LiveStatusBoard
        key={`${headSeq}:${query.instance ?? ""}:${query.chat ?? ""}:${query.status ?? ""}`}
        snapshot={{ headSeq, instances, chats, messages: [...board, ...stuck] }}
        query={query}
      />
    </>
  );
}
