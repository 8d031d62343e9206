import { checkHealth } from "@/lib/health/check-health";
import { withAuth } from "@/lib/http/with-auth";
import { json } from "@/lib/http/respond";

// GET /api/health — process and database health
export const GET = withAuth(async (_req, _ctx, { rt }) => {
  const health = await checkHealth(rt);
  return json(health, health.ok ? 200 : 503);
});
