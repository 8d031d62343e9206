import { searchChats, ZSearchChatsQuery } from "@/lib/chats/search-chats";
import { withAuth } from "@/lib/http/with-auth";
import { json, parseQuery } from "@/lib/http/respond";

// GET /api/chats/search?q=&instanceId=&filter= — chats and messages matching q, accent- and case-insensitively
export const GET = withAuth(async (req, _ctx, { rt }) => {
  const query = parseQuery(req.url, ZSearchChatsQuery);
  if (!query.ok) return query.response;
  return json(await searchChats(rt.db, query.data));
});
