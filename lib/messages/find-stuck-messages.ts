import type { Db } from "@/lib/db/client";
import { messageToDto } from "@/lib/dto/message-to-dto";
import type { Message } from "@/lib/generated/prisma/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TMessageDto } from "@/lib/schemas/dto";
import { MESSAGE_COLUMNS_OF_M, stuckCondition } from "./stuck-condition";

/**
 * Messages stuck at "sent" or queued now (lib/messages/stuck-condition.ts), newest first, for one instance or
 * all. Reads the condition itself, not the flag, so it is right between two checks of the flagging loop.
 */
export async function findStuckMessages(db: Db, opts: { instanceId?: string; now?: Date; limit?: number } = {}): Promise<TMessageDto[]> {
  const now = opts.now ?? new Date();
  const only = opts.instanceId === undefined ? Prisma.empty : Prisma.sql`AND m.instance_id = ${opts.instanceId}`;
  const rows = await db.$queryRaw<Message[]>`
    SELECT ${MESSAGE_COLUMNS_OF_M} FROM message m JOIN instance i ON i.id = m.instance_id
     WHERE ${stuckCondition(now)} ${only}
     ORDER BY m.sent_at DESC, m.id DESC LIMIT ${opts.limit ?? 200}`;
  return rows.map((r) => messageToDto(r));
}

