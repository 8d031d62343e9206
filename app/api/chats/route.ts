import { listChatPage } from "@/lib/chats/list-chat-page";
import { ZListChatsQuery } from "@/lib/chats/list-chats";
import { withAuth } from "@/lib/http/with-auth";
import { json, parseQuery } from "@/lib/http/respond";

// GET /api/chats?instanceId=&q=&cursor=&limit= — chats, most recent first, each with its newest message and the user's opening marks
export const GET = withAuth(async (req, _ctx, { principal, rt }) => {
  const query = parseQuery(req.url, ZListChatsQuery);
  if (!query.ok) return query.response;
  return json(await listChatPage(rt.db, query.data, principal.kind === "user" ? principal.user.id : null));
});
