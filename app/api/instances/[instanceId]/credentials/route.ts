import { withAuth } from "@/lib/http/with-auth";
import { json, parseJsonBody, problem } from "@/lib/http/respond";
import { deleteZapiCredential } from "@/lib/instances/delete-zapi-credential";
import { saveZapiCredential, ZSaveZapiCredentialInput } from "@/lib/instances/save-zapi-credential";
import { ZInstanceId } from "@/lib/instances/schemas";
import { getZapiCredentialStatus } from "@/lib/instances/zapi-credential-status";

type Ctx = { params: Promise<{ instanceId: string }> };

// PUT /api/instances/{instanceId}/credentials {"instanceToken","clientToken"?,"apiBase"?} — store or replace;
// answers only whether they are configured (the tokens are write-only). Logged-in admins only.
export const PUT = withAuth<Ctx>({ role: "admin" }, async (req, ctx, { rt }) => {
  const id = ZInstanceId.safeParse((await ctx.params).instanceId);
  if (!id.success) return problem("instance_not_found");
  const input = await parseJsonBody(req, ZSaveZapiCredentialInput);
  if (!input.ok) return input.response;
  const saved = await saveZapiCredential(rt.db, id.data, input.data);
  return saved === "instance_not_found" ? problem("instance_not_found") : json(saved);
});

// DELETE /api/instances/{instanceId}/credentials — forget them; answers the (now unconfigured) status. Admins only.
export const DELETE = withAuth<Ctx>({ role: "admin" }, async (_req, ctx, { rt }) => {
  const id = ZInstanceId.safeParse((await ctx.params).instanceId);
  if (!id.success) return problem("instance_not_found");
  await deleteZapiCredential(rt.db, id.data);
  return json(await getZapiCredentialStatus(rt.db, id.data));
});
