import { withAuth } from "@/lib/http/with-auth";
import { json, problem } from "@/lib/http/respond";
import { listDevices } from "@/lib/push/list-devices";

// GET /api/push/devices — the browsers and phones this user subscribed to push alerts (their own only).
export const GET = withAuth(async (_req, _ctx, { principal, rt }) => {
  if (principal.kind !== "user") return problem("user_session_required");
  return json({ items: await listDevices(rt.db, principal.user.id) });
});
