import { createMaintenanceWindow, listMaintenanceWindows } from "@/lib/alerts/maintenance";
import { ZCreateMaintenanceInput } from "@/lib/alerts/schemas";
import { withAuth } from "@/lib/http/with-auth";
import { json, parseJsonBody, problem } from "@/lib/http/respond";

// GET /api/alerts/maintenance — maintenance windows that have not ended
export const GET = withAuth(async (_req, _ctx, { rt }) => json({ items: await listMaintenanceWindows(rt.db), nextCursor: null }));

// POST /api/alerts/maintenance — plan one (instanceId null: every instance). Admins only.
export const POST = withAuth({ role: "admin" }, async (req, _ctx, { rt }) => {
  const input = await parseJsonBody(req, ZCreateMaintenanceInput);
  if (!input.ok) return input.response;
  const created = await createMaintenanceWindow(rt.db, input.data);
  return created === "instance_not_found" ? problem("instance_not_found") : json(created, 201);
});
