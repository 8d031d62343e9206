import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { chatToDto } from "@/lib/dto/chat-to-dto";
import type { Chat, Prisma } from "@/lib/generated/prisma/client";
import { encodeCursor, zCursor } from "@/lib/http/cursor";
import type { TChatDto } from "@/lib/schemas/dto";
import { type TChatFilter, ZChatFilter } from "./chat-filter";

/** The same conditions as lib/chats/chat-filter-sql.ts, for Prisma's query API. */
const CHAT_FILTERS: Record<TChatFilter, Prisma.ChatWhereInput> = {
  unread: { unreadCount: { gt: 0 } },
  groups: { kind: "group" },
  private: { kind: "private" },
  failed: { messages: { some: { fromMe: true, status: "FAILED" } } },
};

const ZChatCursor = z.object({ t: z.iso.datetime().nullable(), id: z.uuid() });

export const ZListChatsQuery = z.object({
  instanceId: z.string().min(1).max(120).optional(),
  q: z.string().trim().max(100).optional(),
  cursor: zCursor(ZChatCursor),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  filter: ZChatFilter.optional(),
});
export type TListChatsQuery = z.infer<typeof ZListChatsQuery>;

/** Chats, most recent activity first (chats without messages last), filtered by instance and name/phone. */
export async function listChats(db: Db, query: TListChatsQuery): Promise<{ items: TChatDto[]; nextCursor: string | null }> {
  const cursor = query.cursor;
  const filters: Prisma.ChatWhereInput[] = [];
  if (query.instanceId) filters.push({ instanceId: query.instanceId });
  if (query.filter) filters.push(CHAT_FILTERS[query.filter]);
  if (query.q) filters.push({ OR: [{ name: { contains: query.q, mode: "insensitive" } }, { phone: { contains: query.q } }] });
  const take = query.limit + 1;
  const find = (where: Prisma.ChatWhereInput, n: number) =>
    db.chat.findMany({ where: { AND: [...filters, where] }, orderBy: [{ lastMessageAt: { sort: "desc", nulls: "last" } }, { id: "desc" }], take: n });
  let rows: Chat[];
  if (!cursor) rows = await find({}, take);
  else if (cursor.t === null) rows = await find({ lastMessageAt: null, id: { lt: cursor.id } }, take);
  else {
    // Each part is one range of the index (last_message_at DESC NULLS LAST, id DESC): the chats with activity
    // up to the cursor's time (the OR only drops those at that very time that came before it), then, once those
    // run out, the chats without any. One OR over all three would not be a range (review F10).
    const t = new Date(cursor.t);
    rows = await find({ lastMessageAt: { lte: t }, OR: [{ lastMessageAt: { lt: t } }, { id: { lt: cursor.id } }] }, take);
    if (rows.length < take) rows = [...rows, ...(await find({ lastMessageAt: null }, take - rows.length))];
  }
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor = rows.length > query.limit && last ? encodeCursor({ t: last.lastMessageAt?.toISOString() ?? null, id: last.id }) : null;
  return { items: page.map(chatToDto), nextCursor };
}
