import type { Prisma } from "@/lib/generated/prisma/client";
import type { TBatchState, TUnreadBase } from "./batch-state";

/**
 * What a chat's rows that the batch does not hold say about its unread count (lib/normaliser/recount-unread.ts):
 * the newest read one's time, and the times of the countable unread ones newer than it. Cached per chat: those
 * rows do not change while the batch is played.
 */
export async function loadUnreadBase(tx: Prisma.TransactionClient, state: TBatchState, chatId: string): Promise<TUnreadBase> {
  const cached = state.unreadBase.get(chatId);
  if (cached) return cached;
  const held = [...state.loadedMessageIds];
  const [row] = await tx.$queryRaw<{ maxReadAt: number | null; unread: number[] }[]>`
    WITH base AS (
      SELECT max(sent_at) AS m FROM message WHERE chat_id = ${chatId}::uuid AND read_by_me_at IS NOT NULL AND NOT (id = ANY(${held}::uuid[])))
    SELECT (SELECT (extract(epoch FROM m) * 1000)::float8 FROM base) AS "maxReadAt",
           COALESCE(array_agg((extract(epoch FROM sent_at) * 1000)::float8), '{}') AS unread
      FROM message
     WHERE chat_id = ${chatId}::uuid AND from_me = false AND read_by_me_at IS NULL AND kind NOT IN ('notification', 'pending', 'revoked')
       AND NOT (id = ANY(${held}::uuid[])) AND sent_at > COALESCE((SELECT m FROM base), '-infinity'::timestamptz)`;
  const base = { maxReadAt: row?.maxReadAt ?? null, unread: row?.unread ?? [] };
  state.unreadBase.set(chatId, base);
  return base;
}
