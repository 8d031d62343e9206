import { withAuth } from "@/lib/http/with-auth";
import { json, parseQuery, problem } from "@/lib/http/respond";
import { listChatMessages, ZListMessagesQuery } from "@/lib/messages/list-chat-messages";

// GET /api/chats/{chatId}/messages?cursor=&limit= — a chat's messages, newest first
export const GET = withAuth<{ params: Promise<{ chatId: string }> }>(async (req, ctx, { rt }) => {
  const query = parseQuery(req.url, ZListMessagesQuery);
  if (!query.ok) return query.response;
  const page = await listChatMessages(rt.db, (await ctx.params).chatId, query.data);
  return page ? json(page) : problem("chat_not_found");
});
