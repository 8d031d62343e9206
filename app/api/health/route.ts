import { checkHealth } from "@/lib/health/check-health";
import { describeOutage } from "@/lib/health/describe-outage";
import { json } from "@/lib/http/respond";
import { withAuth } from "@/lib/http/with-auth";
import { getRuntime } from "@/lib/runtime/runtime";

const authenticated = withAuth(async (_req, _ctx, { rt }) => {
  const health = await checkHealth(rt);
  return json(health, health.ok ? 200 : 503);
});

// GET /api/health — process, database and spool health. While the database is down a session cannot be
// checked (VIGIA_API_TOKEN still can): the answer is then only the outage and the count waiting on disk.
export async function GET(req: Request, ctx: unknown): Promise<Response> {
  try {
    return await authenticated(req, ctx);
  } catch (error) {
    console.error("[api] GET /api/health: could not check the caller:", error instanceof Error ? error.message : error);
    return json(describeOutage(getRuntime()), 503);
  }
}
