import { getIncidentDetail } from "@/lib/incidents/get-incident-detail";
import { withAuth } from "@/lib/http/with-auth";
import { json, problem } from "@/lib/http/respond";

// GET /api/incidents/{id} — one incident: its timeline, the messages sent during it that never got a receipt, and the chats waiting
export const GET = withAuth<{ params: Promise<{ id: string }> }>(async (_req, ctx, { rt }) => {
  const id = (await ctx.params).id;
  if (!/^\d{1,18}$/.test(id)) return problem("incident_not_found");
  const detail = await getIncidentDetail(rt.db, BigInt(id));
  return detail ? json(detail) : problem("incident_not_found");
});
