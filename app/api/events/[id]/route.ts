import { getEvent } from "@/lib/events/get-event";
import { withAuth } from "@/lib/http/with-auth";
import { json, problem } from "@/lib/http/respond";

// GET /api/events/{id} — one raw event with its body and masked headers
export const GET = withAuth<{ params: Promise<{ id: string }> }>(async (_req, ctx, { rt }) => {
  const event = await getEvent(rt.db, (await ctx.params).id);
  return event ? json(event) : problem("event_not_found");
});
