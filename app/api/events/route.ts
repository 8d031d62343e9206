import { listEvents, ZListEventsQuery } from "@/lib/events/list-events";
import { withAuth } from "@/lib/http/with-auth";
import { json, parseQuery } from "@/lib/http/respond";

// GET /api/events?type=&result=&instanceId=&cursor=&limit= — the raw webhook log, newest first
export const GET = withAuth(async (req, _ctx, { rt }) => {
  const query = parseQuery(req.url, ZListEventsQuery);
  if (!query.ok) return query.response;
  return json(await listEvents(rt.db, query.data));
});
