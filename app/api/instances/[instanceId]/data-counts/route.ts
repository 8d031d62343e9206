import { withAuth } from "@/lib/http/with-auth";
import { json, problem } from "@/lib/http/respond";
import { countInstanceData } from "@/lib/instances/count-instance-data";
import { ZInstanceId } from "@/lib/instances/schemas";

// GET /api/instances/{instanceId}/data-counts — what deleting it would remove (the confirmation says it)
export const GET = withAuth<{ params: Promise<{ instanceId: string }> }>(async (_req, ctx, { rt }) => {
  const id = ZInstanceId.safeParse((await ctx.params).instanceId);
  if (!id.success) return problem("instance_not_found");
  const counts = await countInstanceData(rt.db, id.data);
  return counts ? json(counts) : problem("instance_not_found");
});
