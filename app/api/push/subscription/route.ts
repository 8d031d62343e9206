import { withAuth } from "@/lib/http/with-auth";
import { json, parseJsonBody, problem } from "@/lib/http/respond";
import { deleteSubscription } from "@/lib/push/delete-subscription";
import { saveSubscription } from "@/lib/push/save-subscription";
import { ZPushSubscriptionInput, ZPushUnsubscribeInput } from "@/lib/push/schemas";

// POST /api/push/subscription — this browser receives alerts by Web Push (PushSubscription.toJSON() as the body).
// A subscription belongs to a logged-in user: an API token has none.
export const POST = withAuth(async (req, _ctx, { principal, rt }) => {
  if (principal.kind !== "user") return problem("user_session_required");
  const input = await parseJsonBody(req, ZPushSubscriptionInput);
  if (!input.ok) return input.response;
  return json(await saveSubscription(rt.db, principal.user.id, input.data, req.headers.get("user-agent")), 201);
});

// DELETE /api/push/subscription — this browser stops receiving them ({ endpoint }); removing one already gone is fine.
export const DELETE = withAuth(async (req, _ctx, { principal, rt }) => {
  if (principal.kind !== "user") return problem("user_session_required");
  const input = await parseJsonBody(req, ZPushUnsubscribeInput);
  if (!input.ok) return input.response;
  return json({ removed: await deleteSubscription(rt.db, principal.user.id, input.data.endpoint) });
});
