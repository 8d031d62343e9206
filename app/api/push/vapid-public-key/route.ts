import { withAuth } from "@/lib/http/with-auth";
import { json } from "@/lib/http/respond";
import { getVapidKeys } from "@/lib/push/vapid-keys";

// GET /api/push/vapid-public-key — the key a browser subscribes with (made on first need: lib/push/vapid-keys.ts)
export const GET = withAuth(async (_req, _ctx, { rt }) => json({ publicKey: (await getVapidKeys(rt.db)).publicKey }));
