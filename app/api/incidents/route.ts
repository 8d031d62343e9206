import { z } from "zod";
import { listIncidents } from "@/lib/incidents/list-incidents";
import { withAuth } from "@/lib/http/with-auth";
import { json, parseQuery } from "@/lib/http/respond";

const ZQuery = z.object({
  instanceId: z.string().min(1).max(100).optional(),
  cursor: z.string().regex(/^\d{1,18}$/).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

// GET /api/incidents?instanceId=&cursor=&limit= — incidents, newest first
export const GET = withAuth(async (req, _ctx, { rt }) => {
  const q = parseQuery(req.url, ZQuery);
  if (!q.ok) return q.response;
  return json(await listIncidents(rt.db, { instanceId: q.data.instanceId, beforeId: q.data.cursor ? BigInt(q.data.cursor) : undefined, limit: q.data.limit }));
});
