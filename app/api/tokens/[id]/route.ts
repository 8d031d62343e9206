import { z } from "zod";
import { withAuth } from "@/lib/http/with-auth";
import { json, problem } from "@/lib/http/respond";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";

// DELETE /api/tokens/{id} — revoke a token. Logged-in admins only.
export const DELETE = withAuth<{ params: Promise<{ id: string }> }>({ role: "admin" }, async (_req, ctx, { rt }) => {
  const id = (await ctx.params).id;
  if (!z.uuid().safeParse(id).success) return problem("token_not_found");
  return (await revokeApiToken(rt.db, id)) ? json({ ok: true }) : problem("token_not_found");
});
