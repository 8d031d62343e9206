import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/require-user";
import { getHeadSeq } from "@/lib/changes/get-head-seq";
import { listChatPage } from "@/lib/chats/list-chat-page";
import { getDb } from "@/lib/db/get-db";
import { listInstances } from "@/lib/instances/list-instances";
import { type ChatsSnapshot, ChatsShell } from "./chats-shell";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("chats");
  return { title: t("title") };
}

/** The chat list stays mounted while the reader moves between conversations (/chats/{id} renders beside it). */
export default async function ChatsLayout({ children }: { children: ReactNode }) {
  const user = await requireUser(); // this layout reads the chat list itself: see lib/auth/require-user.ts
  const db = getDb();
  // headSeq first, as in app/(dashboard)/page.tsx: a change committed while the lists are read is replayed.
  const headSeq = await getHeadSeq(db);
  const [instances, page] = await Promise.all([listInstances(db), listChatPage(db, { limit: 100 }, user.id)]);
  const snapshot: ChatsSnapshot = { headSeq, instances, chats: page.items, opened: page.opened, page };
  return <ChatsShell snapshot={snapshot}>{children}</ChatsShell>;
}
