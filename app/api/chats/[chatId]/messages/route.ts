import { withAuth } from "@/lib/http/with-auth";
import { json, parseQuery, problem } from "@/lib/http/respond";
import { ZListMessagesQuery } from "@/lib/messages/list-chat-messages";
import { listConversationPage } from "@/lib/messages/list-conversation-page";

// GET /api/chats/{chatId}/messages?cursor=&limit= — a chat's messages, newest first, with their reactions
export const GET = withAuth<{ params: Promise<{ chatId: string }> }>(async (req, ctx, { rt }) => {
  const query = parseQuery(req.url, ZListMessagesQuery);
  if (!query.ok) return query.response;
  const page = await listConversationPage(rt.db, (await ctx.params).chatId, query.data);
  return page ? json(page) : problem("chat_not_found");
});
