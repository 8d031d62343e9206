import { ZCreateTokenInput } from "@/lib/auth/schemas";
import { withAuth } from "@/lib/http/with-auth";
import { json, parseJsonBody } from "@/lib/http/respond";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { listApiTokens } from "@/lib/tokens/list-api-tokens";

// GET /api/tokens — API tokens (never their values)
export const GET = withAuth(async (_req, _ctx, { rt }) => json({ items: await listApiTokens(rt.db), nextCursor: null }));

// POST /api/tokens — create a token; its value is in this answer only. Logged-in admins only.
export const POST = withAuth({ role: "admin" }, async (req, _ctx, { rt, principal }) => {
  const input = await parseJsonBody(req, ZCreateTokenInput);
  if (!input.ok) return input.response;
  return json(await createApiToken(rt.db, { name: input.data.name, userId: principal.user.id }), 201);
});
