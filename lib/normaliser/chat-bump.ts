import type { Chat, Message, Prisma } from "@/lib/generated/prisma/client";
import { messagePreview } from "./message-preview";

/** Kinds that stand in for content we have not seen; they never become a chat's last message. */
export const PLACEHOLDER_KINDS = new Set(["pending", "revoked"]);

/**
 * The chat update a message brings: last message (forward-only by message time; `>=` so a message whose
 * content arrives later, or is edited, refreshes its own preview) and, for a new incoming user message,
 * one more unread; for our own newest message, none.
 */
export function chatBump(chat: Chat, message: Message, opts: { countUnread: boolean }): Prisma.ChatUpdateInput {
  const patch: Prisma.ChatUpdateInput = {};
  if (PLACEHOLDER_KINDS.has(message.kind)) return patch;
  if (chat.lastMessageAt === null || message.sentAt.getTime() >= chat.lastMessageAt.getTime()) {
    const preview = messagePreview(message);
    if (chat.lastMessageAt?.getTime() !== message.sentAt.getTime()) patch.lastMessageAt = message.sentAt;
    if (chat.lastMessagePreview !== preview) patch.lastMessagePreview = preview;
  }
  // Status posts (status@broadcast) are not a conversation waiting for an answer; a message the owner had already
  // read (READ_BY_ME before the message, docs/zapi/EDGE_CASES.md 19) is not unread.
  if (!opts.countUnread || message.kind === "notification" || chat.kind === "status") return patch;
  if (!message.fromMe && message.readByMeAt === null) patch.unreadCount = { increment: 1 };
  // Answering from the phone or the API reads the chat, as WhatsApp does (lib/normaliser/unread-rule.ts).
  else if (message.fromMe && chat.unreadCount > 0 && (chat.lastMessageAt === null || message.sentAt.getTime() >= chat.lastMessageAt.getTime())) patch.unreadCount = 0;
  return patch;
}
