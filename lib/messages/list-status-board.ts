import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { messagesWithFailures } from "@/lib/messages/attach-failures";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TMessageDto } from "@/lib/schemas/dto";

/** The statuses the board filters by: the stored ones (lib/messages/receipt-rules.ts), plus "stuck". */
export const BOARD_STATUSES = ["PENDING", "SENT", "RECEIVED", "READ", "PLAYED", "FAILED", "stuck"] as const;

export const ZStatusBoardQuery = z.object({
  instance: z.string().min(1).max(120).optional(),
  chat: z.uuid().optional(),
  status: z.enum(BOARD_STATUSES).optional(),
});
export type TStatusBoardQuery = z.infer<typeof ZStatusBoardQuery>;

/** The board's window. */
export const BOARD_WINDOW_MS = 3_600_000;

/** Our own messages sent in the last hour with their current status, newest first (at most 500). */
export async function listStatusBoard(db: Db, query: TStatusBoardQuery, now = new Date()): Promise<TMessageDto[]> {
  const where: Prisma.MessageWhereInput = {
    fromMe: true,
    sentAt: { gte: new Date(now.getTime() - BOARD_WINDOW_MS) },
    ...(query.instance ? { instanceId: query.instance } : {}),
    ...(query.chat ? { chatId: query.chat } : {}),
    ...(query.status === "stuck" ? { stuckAt: { not: null }, statusRank: { lte: 1 } } : query.status ? { status: query.status } : {}),
  };
  const rows = await db.message.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 500 });
  return messagesWithFailures(db, rows);
}
