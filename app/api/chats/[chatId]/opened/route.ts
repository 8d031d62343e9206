import { markChatOpened } from "@/lib/chats/mark-chat-opened";
import { withAuth } from "@/lib/http/with-auth";
import { json, problem } from "@/lib/http/respond";

// POST /api/chats/{chatId}/opened — the signed-in user opened the chat: their unread badge restarts (nothing is
// marked read on WhatsApp). An API token belongs to no user: it has no badge to restart, so it answers `null`.
export const POST = withAuth<{ params: Promise<{ chatId: string }> }>(async (_req, ctx, { principal, rt }) => {
  const { chatId } = await ctx.params;
  if (principal.kind !== "user") return json({ opened: null });
  const opened = await markChatOpened(rt.db, principal.user.id, chatId);
  return opened ? json({ opened }) : problem("chat_not_found");
});
