import type { Prisma } from "@/lib/generated/prisma/client";
import type { TChangeDraft } from "@/lib/schemas/dto";

/**
 * `reaction:changed` for each message given: the chips standing on it now (emoji, how many, whether ours;
 * the grouping of lib/messages/list-message-reactions.ts), so the open conversation shows reactions live. The
 * whole set each time, so the newest change alone is the truth. One statement; LATERAL (OFFSET 0: not flattened
 * back into a join) so that each message's reactions are found by index, not by hashing the whole table against a
 * function scan the planner guesses at 100 rows (test/normaliser/write-plans.test.ts).
 */
export async function reactionChanges(tx: Prisma.TransactionClient, targets: readonly { instanceId: string; messageId: string }[]): Promise<TChangeDraft[]> {
  const unique = [...new Map(targets.map((t) => [`${t.instanceId}\u0000${t.messageId}`, t])).values()];
  if (unique.length === 0) return [];
  const rows = await tx.$queryRaw<{ i: string; m: string; value: string | null; count: number; mine: boolean }[]>`
    SELECT u.i, u.m, r.value, count(r.*)::int AS count, COALESCE(bool_or(r.from_me), false) AS mine
      FROM jsonb_to_recordset(${JSON.stringify(unique.map((t) => ({ i: t.instanceId, m: t.messageId })))}::jsonb) AS u(i text, m text)
      LEFT JOIN LATERAL (SELECT value, from_me FROM reaction
                          WHERE reaction.instance_id = u.i AND reaction.target_message_id = u.m AND reaction.value <> '' OFFSET 0) r ON true
     GROUP BY u.i, u.m, r.value ORDER BY u.i, u.m, r.value`;
  return unique.map((t) => ({
    kind: "reaction:changed",
    payload: {
      instanceId: t.instanceId,
      messageId: t.messageId,
      chips: rows.filter((r) => r.i === t.instanceId && r.m === t.messageId && r.value !== null).map((r) => ({ value: r.value as string, count: r.count, mine: r.mine })),
    },
  }));
}
