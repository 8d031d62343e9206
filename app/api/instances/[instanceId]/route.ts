import { withAuth } from "@/lib/http/with-auth";
import { json, parseJsonBody, problem } from "@/lib/http/respond";
import { deleteInstances } from "@/lib/instances/delete-instances";
import { ZInstanceId, ZUpdateInstanceInput } from "@/lib/instances/schemas";
import { updateInstance } from "@/lib/instances/update-instance";

type Ctx = { params: Promise<{ instanceId: string }> };

// PATCH /api/instances/{instanceId} — name, colour, archive / bring back. Logged-in admins only.
export const PATCH = withAuth<Ctx>({ role: "admin" }, async (req, ctx, { rt }) => {
  const id = ZInstanceId.safeParse((await ctx.params).instanceId);
  if (!id.success) return problem("instance_not_found");
  const input = await parseJsonBody(req, ZUpdateInstanceInput);
  if (!input.ok) return input.response;
  const updated = await updateInstance(rt.db, id.data, input.data);
  return updated ? json(updated) : problem("instance_not_found");
});

// DELETE /api/instances/{instanceId} — the instance and all its data; answers what went. Logged-in admins only.
export const DELETE = withAuth<Ctx>({ role: "admin" }, async (_req, ctx, { rt }) => {
  const id = ZInstanceId.safeParse((await ctx.params).instanceId);
  if (!id.success) return problem("instance_not_found");
  const deleted = await deleteInstances(rt.db, { id: id.data });
  return deleted.instances > 0 ? json(deleted) : problem("instance_not_found");
});
