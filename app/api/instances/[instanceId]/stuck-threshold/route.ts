import { withAuth } from "@/lib/http/with-auth";
import { json, parseJsonBody, problem } from "@/lib/http/respond";
import { setStuckThreshold, ZStuckThresholdInput } from "@/lib/instances/set-stuck-threshold";

// PUT /api/instances/{instanceId}/stuck-threshold {"seconds": 600} — when this instance's messages count as stuck. Admins only.
export const PUT = withAuth<{ params: Promise<{ instanceId: string }> }>({ role: "admin" }, async (req, ctx, { rt }) => {
  const { instanceId } = await ctx.params;
  const input = await parseJsonBody(req, ZStuckThresholdInput);
  if (!input.ok) return input.response;
  const done = await setStuckThreshold(rt.db, instanceId, input.data.seconds);
  return done ? json({ instanceId, seconds: input.data.seconds }) : problem("instance_not_found");
});
