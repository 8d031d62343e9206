import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { chatToDto } from "@/lib/dto/chat-to-dto";
import { messageToDto } from "@/lib/dto/message-to-dto";
import { type Chat, type Message, Prisma } from "@/lib/generated/prisma/client";
import { MESSAGE_COLUMNS } from "@/lib/normaliser/message-columns";
import type { TChatDto, TMessageDto } from "@/lib/schemas/dto";
import { listLastMessages } from "./list-last-messages";
import { ZChatFilter } from "./chat-filter";
import { chatFilterSql } from "./chat-filter-sql";
import { phoneVariants } from "./phone-variants";

export const ZSearchChatsQuery = z.object({
  q: z.string().trim().min(1).max(100),
  instanceId: z.string().min(1).max(120).optional(),
  filter: ZChatFilter.optional(),
});
export type TSearchChatsQuery = z.infer<typeof ZSearchChatsQuery>;

/** `messageChats`: the chats of the matching messages that are not among `chats` (to name them). */
export type TChatSearch = { chats: TChatDto[]; lastMessages: TMessageDto[]; messages: TMessageDto[]; messageChats: TChatDto[] };

const CHAT_LIMIT = 50;
const MESSAGE_LIMIT = 40;

/** `%`, `_` and `\` taken literally in a LIKE pattern. */
function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Chats whose name or number matches, and messages whose text does, accent- and case-insensitively
 * ("joao" finds "João"): both sides go through vigia_fold (prisma/migrations/20261202042000_chat_search/migration.sql),
 * which the trigram indexes cover when pg_trgm is there. Numbers match with or without +55, spaces,
 * dashes and the ninth digit (lib/chats/phone-variants.ts). Chats rank exact name, then name prefix, then a
 * word of the name, then anywhere (numbers alike), then by activity; messages newest first.
 */
export async function searchChats(db: Db, query: TSearchChatsQuery): Promise<TChatSearch> {
  const folded = `%${likeEscape(query.q)}%`;
  const variants = phoneVariants(query.q).map((v) => `%${v}%`);
  const instance = query.instanceId ? Prisma.sql`AND c.instance_id = ${query.instanceId}` : Prisma.empty;
  const filter = query.filter ? Prisma.sql`AND ${chatFilterSql(query.filter)}` : Prisma.empty;
  const byPhone = variants.length ? Prisma.sql`OR c.phone LIKE ANY(${variants}::text[])` : Prisma.empty;
  const chats = await db.$queryRaw<Chat[]>(Prisma.sql`
    SELECT c.id, c.instance_id AS "instanceId", c.phone, c.chat_lid AS "chatLid", c.kind, c.name, c.photo_url AS "photoUrl",
      c.last_message_at AS "lastMessageAt", c.last_message_preview AS "lastMessagePreview", c.unread_count AS "unreadCount",
      c.created_at AS "createdAt", c.updated_at AS "updatedAt"
    FROM chat c, LATERAL (SELECT vigia_fold(c.name) AS name, vigia_fold(${query.q}) AS q) f
    WHERE (f.name LIKE vigia_fold(${folded}) ${byPhone}) ${instance} ${filter}
    ORDER BY CASE WHEN f.name = f.q THEN 0 WHEN f.name LIKE vigia_fold(${`${likeEscape(query.q)}%`}) THEN 1
      WHEN f.name LIKE vigia_fold(${`% ${likeEscape(query.q)}%`}) THEN 2 WHEN f.name LIKE vigia_fold(${folded}) THEN 3 ELSE 4 END,
      c.last_message_at DESC NULLS LAST, c.id DESC
    LIMIT ${CHAT_LIMIT}`);
  const messages = await db.$queryRaw<Message[]>(Prisma.sql`
    SELECT ${MESSAGE_COLUMNS} FROM message m
    WHERE vigia_fold(m.text) LIKE vigia_fold(${folded})
      AND EXISTS (SELECT 1 FROM chat c WHERE c.id = m.chat_id ${instance} ${filter})
    ORDER BY m.sent_at DESC, m.id DESC
    LIMIT ${MESSAGE_LIMIT}`);
  const chatDtos = chats.map(chatToDto);
  const found = new Set(chatDtos.map((c) => c.id));
  const others = [...new Set(messages.map((m) => m.chatId))].filter((id) => !found.has(id));
  const [lastMessages, messageChats] = await Promise.all([
    listLastMessages(db, chatDtos.map((c) => c.id)),
    others.length ? db.chat.findMany({ where: { id: { in: others } } }) : Promise.resolve([]),
  ]);
  return { chats: chatDtos, lastMessages, messages: messages.map((m) => messageToDto(m)), messageChats: messageChats.map(chatToDto) };
}
