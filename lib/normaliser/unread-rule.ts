import type { Message } from "@/lib/generated/prisma/client";

// Unread that matches the phone: a chat's unread messages are the incoming user messages newer than the newest
// message that marks the chat read, i.e. one the owner read (READ_BY_ME, docs/zapi/EDGE_CASES.md 19) or one the
// owner sent (a reply from the phone or the API reads the chat on WhatsApp). The SQL twins below and
// readsChat must say the same; lib/normaliser/recount-unread.ts, load-unread-base.ts and merge-chats.ts use them.

const NOT_A_REPLY = new Set(["notification", "pending", "revoked"]);

/** Whether this message marks its chat read up to its time. */
export function readsChat(m: Pick<Message, "readByMeAt" | "fromMe" | "kind">): boolean {
  return m.readByMeAt !== null || (m.fromMe && !NOT_A_REPLY.has(m.kind));
}

/** readsChat as a condition on a `message` row aliased `r`. */
export const READS_CHAT_SQL = `(r.read_by_me_at IS NOT NULL OR (r.from_me AND r.kind NOT IN ('notification', 'pending', 'revoked')))`;
