import type { Db } from "@/lib/db/client";
import { messagesWithFailures } from "@/lib/messages/attach-failures";
import type { TMessageDto } from "@/lib/schemas/dto";

/** The newest messages across all instances, for the dashboard's live feed snapshot. */
export async function listRecentMessages(db: Db, { limit }: { limit: number }): Promise<TMessageDto[]> {
  const rows = await db.message.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: Math.min(limit, 200) });
  return messagesWithFailures(db, rows);
}
