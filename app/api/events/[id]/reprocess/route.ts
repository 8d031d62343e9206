import { json, problem } from "@/lib/http/respond";
import { withAuth } from "@/lib/http/with-auth";
import { reprocessEvent } from "@/lib/normaliser/reprocess-event";

// POST /api/events/{id}/reprocess — apply one stored webhook again with this version's rules (the normaliser
// does it within moments; its new result arrives as an `event:logged` change). Logged-in admins only.
export const POST = withAuth<{ params: Promise<{ id: string }> }>({ role: "admin" }, async (_req, ctx, { rt }) => {
  const outcome = await reprocessEvent(rt.db, (await ctx.params).id);
  return outcome === "not_found" ? problem("event_not_found") : json({ ok: true, queued: outcome === "queued" }, 202);
});
