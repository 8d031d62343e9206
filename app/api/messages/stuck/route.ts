import { z } from "zod";
import { withAuth } from "@/lib/http/with-auth";
import { json, parseQuery } from "@/lib/http/respond";
import { findStuckMessages } from "@/lib/messages/find-stuck-messages";

const ZQuery = z.object({ instanceId: z.string().min(1).max(120).optional() });

// GET /api/messages/stuck[?instanceId=…] — our messages stuck at "sent" or queued now, newest first (at most 200)
export const GET = withAuth(async (req, _ctx, { rt }) => {
  const query = parseQuery(req.url, ZQuery);
  if (!query.ok) return query.response;
  return json({ items: await findStuckMessages(rt.db, { instanceId: query.data.instanceId }), nextCursor: null });
});
