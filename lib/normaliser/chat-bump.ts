import type { Chat, Message, Prisma } from "@/lib/generated/prisma/client";
import { messagePreview } from "./message-preview";

/** Kinds that stand in for content we have not seen; they never become a chat's last message. */
export const PLACEHOLDER_KINDS = new Set(["pending", "revoked"]);

/**
 * The chat update a message brings: last message (forward-only by message time; `>=` so a message whose
 * content arrives later, or is edited, refreshes its own preview) and, for a new incoming user message,
 * one more unread.
 */
export function chatBump(chat: Chat, message: Message, opts: { countUnread: boolean }): Prisma.ChatUpdateInput {
  const patch: Prisma.ChatUpdateInput = {};
  if (PLACEHOLDER_KINDS.has(message.kind)) return patch;
  if (chat.lastMessageAt === null || message.sentAt.getTime() >= chat.lastMessageAt.getTime()) {
    const preview = messagePreview(message);
    if (chat.lastMessageAt?.getTime() !== message.sentAt.getTime()) patch.lastMessageAt = message.sentAt;
    if (chat.lastMessagePreview !== preview) patch.lastMessagePreview = preview;
  }
  // Status posts (status@broadcast) are not a conversation waiting for an answer.
  if (opts.countUnread && !message.fromMe && message.kind !== "notification" && chat.kind !== "status") patch.unreadCount = { increment: 1 };
  return patch;
}
