import { z } from "zod";
import { getPolicy } from "@/lib/alerts/get-policy";
import { ZUpdatePolicyInput } from "@/lib/alerts/schemas";
import { updatePolicy } from "@/lib/alerts/update-policy";
import { withAuth } from "@/lib/http/with-auth";
import { json, parseJsonBody, parseQuery, problem } from "@/lib/http/respond";

const ZScope = z.object({ scope: z.string().min(1).max(100).default("global") });

// GET /api/alerts/policy?scope=global|<instanceId> — the stored policy (null fields inherit)
export const GET = withAuth(async (req, _ctx, { rt }) => {
  const q = parseQuery(req.url, ZScope);
  if (!q.ok) return q.response;
  return json(await getPolicy(rt.db, q.data.scope));
});

// PUT /api/alerts/policy?scope=… — set some fields (null: back to inherited). Admins only.
export const PUT = withAuth({ role: "admin" }, async (req, _ctx, { rt }) => {
  const q = parseQuery(req.url, ZScope);
  if (!q.ok) return q.response;
  const input = await parseJsonBody(req, ZUpdatePolicyInput);
  if (!input.ok) return input.response;
  const policy = await updatePolicy(rt.db, q.data.scope, input.data);
  return policy === "instance_not_found" ? problem("instance_not_found") : json(policy);
});
