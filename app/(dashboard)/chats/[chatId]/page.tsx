import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/require-user";
import { getHeadSeq } from "@/lib/changes/get-head-seq";
import { getChat } from "@/lib/chats/get-chat";
import { getDb } from "@/lib/db/get-db";
import { listConversationPage } from "@/lib/messages/list-conversation-page";
import { Conversation, type ConversationSnapshot } from "./conversation";

/** One conversation, linkable: its newest page of messages, then live (app/(dashboard)/chats/[chatId]/conversation.tsx). */
export default async function ChatPage({ params }: { params: Promise<{ chatId: string }> }) {
  await requireUser(); // before any read: see lib/auth/require-user.ts
  const { chatId } = await params;
  const db = getDb();
  const headSeq = await getHeadSeq(db);
  const [chat, page] = await Promise.all([getChat(db, chatId), listConversationPage(db, chatId, { limit: 60 })]);
  if (!chat || !page) notFound();
  const snapshot: ConversationSnapshot = { headSeq, chats: [chat], messages: page.items, chat, nextCursor: page.nextCursor, reactions: page.reactions };
  return <Conversation key={chat.id} snapshot={snapshot} />;
}
