import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { chatToDto } from "@/lib/dto/chat-to-dto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { decodeCursor, encodeCursor } from "@/lib/http/cursor";
import type { TChatDto } from "@/lib/schemas/dto";

export const ZListChatsQuery = z.object({
  instanceId: z.string().min(1).max(120).optional(),
  q: z.string().trim().max(100).optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TListChatsQuery = z.infer<typeof ZListChatsQuery>;

const ZChatCursor = z.object({ t: z.string().nullable(), id: z.string() });

/** Chats, most recent activity first (chats without messages last), filtered by instance and name/phone. */
export async function listChats(db: Db, query: TListChatsQuery): Promise<{ items: TChatDto[]; nextCursor: string | null } | null> {
  const cursor = decodeCursor(query.cursor, ZChatCursor);
  if (cursor === null) return null;
  const where: Prisma.ChatWhereInput = { AND: [] };
  const and = where.AND as Prisma.ChatWhereInput[];
  if (query.instanceId) and.push({ instanceId: query.instanceId });
  if (query.q) and.push({ OR: [{ name: { contains: query.q, mode: "insensitive" } }, { phone: { contains: query.q } }] });
  if (cursor) and.push(afterCursor(cursor));
  const rows = await db.chat.findMany({
    where,
    orderBy: [{ lastMessageAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor = rows.length > query.limit && last ? encodeCursor({ t: last.lastMessageAt?.toISOString() ?? null, id: last.id }) : null;
  return { items: page.map(chatToDto), nextCursor };
}

function afterCursor(c: z.infer<typeof ZChatCursor>): Prisma.ChatWhereInput {
  if (c.t === null) return { lastMessageAt: null, id: { lt: c.id } };
  const t = new Date(c.t);
  return { OR: [{ lastMessageAt: { lt: t } }, { lastMessageAt: t, id: { lt: c.id } }, { lastMessageAt: null }] };
}
