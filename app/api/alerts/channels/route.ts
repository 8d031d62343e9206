import { createChannel } from "@/lib/alerts/create-channel";
import { listChannels } from "@/lib/alerts/list-channels";
import { ZCreateChannelInput } from "@/lib/alerts/schemas";
import { withAuth } from "@/lib/http/with-auth";
import { json, parseJsonBody, problem } from "@/lib/http/respond";

// GET /api/alerts/channels — the alert channels, never their secrets
export const GET = withAuth(async (_req, _ctx, { rt }) => json({ items: await listChannels(rt.db), nextCursor: null }));

// POST /api/alerts/channels — add a channel; a generated webhook secret is in this answer only. Admins only.
export const POST = withAuth({ role: "admin" }, async (req, _ctx, { rt }) => {
  const input = await parseJsonBody(req, ZCreateChannelInput);
  if (!input.ok) return input.response;
  const created = await createChannel(rt.db, input.data);
  return created === "instance_not_found" ? problem("instance_not_found") : json(created, 201);
});
