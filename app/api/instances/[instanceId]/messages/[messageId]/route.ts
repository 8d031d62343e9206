import { withAuth } from "@/lib/http/with-auth";
import { json, problem } from "@/lib/http/respond";
import { getMessageDetail } from "@/lib/messages/get-message-detail";

// GET /api/instances/{instanceId}/messages/{messageId} — a message with statuses, edits, reactions, delivery
export const GET = withAuth<{ params: Promise<{ instanceId: string; messageId: string }> }>(async (_req, ctx, { rt }) => {
  const { instanceId, messageId } = await ctx.params;
  if (instanceId.length > 120 || messageId.length > 300) return problem("message_not_found");
  const message = await getMessageDetail(rt.db, instanceId, messageId);
  return message ? json(message) : problem("message_not_found");
});
