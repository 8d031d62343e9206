import { CLOSE_CONNECTION } from "@/lib/http/close-connection";
import { ingestWebhook } from "@/lib/webhooks/ingest-webhook";
import { getRuntime } from "@/lib/runtime/runtime";

// POST /api/webhooks/zapi/{secret} — every Z-API webhook kind, stored raw before the answer.
export async function POST(req: Request, ctx: { params: Promise<{ secret: string }> }): Promise<Response> {
  const { secret } = await ctx.params;
  const rt = getRuntime();
  try {
    const answer = await ingestWebhook(rt, { secret, headers: req.headers, body: req.body });
    return Response.json(answer.body, { status: answer.status, headers: answer.bodyLeftUnread ? CLOSE_CONNECTION : undefined });
  } catch (error) {
    // A database outage does not land here (the event is spooled, or ingestWebhook answers 503 itself when the
    // spool cannot be written); this is a row the database refused for its content. Say so.
    console.error("[webhook] not stored:", error instanceof Error ? error.message : error);
    return Response.json({ ok: false, error: "storage unavailable, event not stored" }, { status: 503 });
  }
}
