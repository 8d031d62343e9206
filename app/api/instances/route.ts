import { z } from "zod";
import { withAuth } from "@/lib/http/with-auth";
import { json, parseQuery } from "@/lib/http/respond";
import { deleteInstances } from "@/lib/instances/delete-instances";
import { listInstances } from "@/lib/instances/list-instances";

// GET /api/instances — every instance with its connection state (archived ones say so)
export const GET = withAuth(async (_req, _ctx, { rt }) => json({ items: await listInstances(rt.db), nextCursor: null }));

// DELETE /api/instances?simulated=true — every instance the simulator made, with its data. Admins only.
// The parameter is required so that a bare DELETE cannot mean "everything".
export const DELETE = withAuth({ role: "admin" }, async (req, _ctx, { rt }) => {
  const query = parseQuery(req.url, z.object({ simulated: z.literal("true") }).strict());
  if (!query.ok) return query.response;
  return json(await deleteInstances(rt.db, { simulated: true }));
});
