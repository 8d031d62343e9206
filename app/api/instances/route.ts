import { withAuth } from "@/lib/http/with-auth";
import { json } from "@/lib/http/respond";
import { listInstances } from "@/lib/instances/list-instances";

// GET /api/instances — every instance with its connection state
export const GET = withAuth(async (_req, _ctx, { rt }) => json({ items: await listInstances(rt.db), nextCursor: null }));
