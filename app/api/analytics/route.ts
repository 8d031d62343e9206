import { getAnalytics } from "@/lib/analytics/get-analytics";
import { ZAnalyticsQuery } from "@/lib/analytics/schemas";
import { withAuth } from "@/lib/http/with-auth";
import { json, parseQuery } from "@/lib/http/respond";

// GET /api/analytics[?instance=…&range=1h|24h|7d|30d | range=custom&from=…&to=…] — delivery analytics from the
// rollups (lib/analytics/get-analytics.ts); a refused custom period names its end and why (lib/analytics/parse-period.ts)
export const GET = withAuth(async (req, _ctx, { rt }) => {
  const query = parseQuery(req.url, ZAnalyticsQuery);
  if (!query.ok) return query.response;
  return json(await getAnalytics(rt.db, query.data));
});
