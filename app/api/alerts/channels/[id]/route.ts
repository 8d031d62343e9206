import { z } from "zod";
import { deleteChannel } from "@/lib/alerts/delete-channel";
import { ZUpdateChannelInput } from "@/lib/alerts/schemas";
import { updateChannel } from "@/lib/alerts/update-channel";
import { withAuth } from "@/lib/http/with-auth";
import { json, parseJsonBody, problem } from "@/lib/http/respond";

type Ctx = { params: Promise<{ id: string }> };

// PATCH /api/alerts/channels/{id} — rename, pause or resume. Admins only.
export const PATCH = withAuth<Ctx>({ role: "admin" }, async (req, ctx, { rt }) => {
  const id = (await ctx.params).id;
  if (!z.uuid().safeParse(id).success) return problem("channel_not_found");
  const input = await parseJsonBody(req, ZUpdateChannelInput);
  if (!input.ok) return input.response;
  const item = await updateChannel(rt.db, id, input.data);
  return item ? json(item) : problem("channel_not_found");
});

// DELETE /api/alerts/channels/{id} — remove a channel and its delivery log. Admins only.
export const DELETE = withAuth<Ctx>({ role: "admin" }, async (_req, ctx, { rt }) => {
  const id = (await ctx.params).id;
  if (!z.uuid().safeParse(id).success) return problem("channel_not_found");
  return (await deleteChannel(rt.db, id)) ? json({ ok: true }) : problem("channel_not_found");
});
