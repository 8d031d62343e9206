import { z } from "zod";
import { withAuth } from "@/lib/http/with-auth";
import { json, problem } from "@/lib/http/respond";
import { deleteDevice } from "@/lib/push/delete-device";

type Ctx = { params: Promise<{ id: string }> };

// DELETE /api/push/devices/{id} — this user's device receives no more push alerts; another user's is not found.
export const DELETE = withAuth<Ctx>(async (_req, ctx, { principal, rt }) => {
  if (principal.kind !== "user") return problem("user_session_required");
  const id = (await ctx.params).id;
  if (!z.uuid().safeParse(id).success) return problem("device_not_found");
  return (await deleteDevice(rt.db, principal.user.id, id)) ? json({ ok: true }) : problem("device_not_found");
});
