import { Prisma as P } from "@/lib/generated/prisma/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TBatchState, TUnreadBase } from "./batch-state";
import { READS_CHAT_SQL } from "./unread-rule";

/**
 * What the rows of some chats that the batch does not hold say about their unread counts
 * (lib/normaliser/recount-unread.ts): per chat, the newest read row's time and the times of the countable unread
 * rows newer than it. One statement for all of them, cached in the state: those rows do not change while the
 * batch is played.
 */
export async function loadUnreadBases(tx: Prisma.TransactionClient, state: TBatchState, chatIds: string[]): Promise<void> {
  const wanted = [...new Set(chatIds)].filter((id) => !state.unreadBase.has(id));
  if (wanted.length === 0) return;
  const held = [...state.loadedMessageIds];
  // `NOT IN (subquery)` is hashed once; `<> ALL(array)` would scan the whole array for every row.
  const rows = await tx.$queryRaw<{ chatId: string; maxReadAt: number | null; unread: number[] }[]>`
    WITH held AS (SELECT unnest(${held}::uuid[]) AS id)
    SELECT c.id AS "chatId", (extract(epoch FROM r.m) * 1000)::float8 AS "maxReadAt", u.unread
      FROM unnest(${wanted}::uuid[]) AS c(id)
     CROSS JOIN LATERAL (
       SELECT max(r.sent_at) AS m FROM message r WHERE r.chat_id = c.id AND ${P.raw(READS_CHAT_SQL)} AND r.id NOT IN (SELECT id FROM held)) r
     CROSS JOIN LATERAL (
       SELECT COALESCE(array_agg((extract(epoch FROM sent_at) * 1000)::float8), '{}') AS unread FROM message
        WHERE chat_id = c.id AND from_me = false AND read_by_me_at IS NULL AND kind NOT IN ('notification', 'pending', 'revoked')
          AND id NOT IN (SELECT id FROM held) AND sent_at > COALESCE(r.m, '-infinity'::timestamptz)) u`;
  for (const row of rows) state.unreadBase.set(row.chatId, { maxReadAt: row.maxReadAt, unread: row.unread });
}

/** One chat's base, from the cache or loaded now. */
export async function loadUnreadBase(tx: Prisma.TransactionClient, state: TBatchState, chatId: string): Promise<TUnreadBase | undefined> {
  await loadUnreadBases(tx, state, [chatId]);
  return state.unreadBase.get(chatId);
}
