import { z } from "zod";
import { sendTestAlert } from "@/lib/alerts/send-test-alert";
import { withAuth } from "@/lib/http/with-auth";
import { json, problem } from "@/lib/http/respond";

// POST /api/alerts/channels/{id}/test — send a test message now; the answer is the logged delivery. Admins only.
export const POST = withAuth<{ params: Promise<{ id: string }> }>({ role: "admin" }, async (_req, ctx, { rt }) => {
  const id = (await ctx.params).id;
  if (!z.uuid().safeParse(id).success) return problem("channel_not_found");
  const delivery = await sendTestAlert(rt.db, id);
  return delivery ? json(delivery) : problem("channel_not_found");
});
