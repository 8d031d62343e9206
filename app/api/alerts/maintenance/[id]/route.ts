import { z } from "zod";
import { deleteMaintenanceWindow } from "@/lib/alerts/maintenance";
import { withAuth } from "@/lib/http/with-auth";
import { json, problem } from "@/lib/http/respond";

// DELETE /api/alerts/maintenance/{id} — cancel a window. Admins only.
export const DELETE = withAuth<{ params: Promise<{ id: string }> }>({ role: "admin" }, async (_req, ctx, { rt }) => {
  const id = (await ctx.params).id;
  if (!z.uuid().safeParse(id).success) return problem("maintenance_not_found");
  return (await deleteMaintenanceWindow(rt.db, id)) ? json({ ok: true }) : problem("maintenance_not_found");
});
