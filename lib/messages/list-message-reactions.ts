import type { Db } from "@/lib/db/client";

/** One emoji on one message: how many put it there, and whether the connected account is among them. */
export type TReactionChip = { messageId: string; value: string; count: number; mine: boolean };

/**
 * The reactions standing on these messages (a removed reaction keeps its row with an empty value, see
 * lib/normaliser/apply-reaction.ts), grouped by emoji for the chips under each bubble.
 */
export async function listMessageReactions(db: Db, instanceId: string, messageIds: readonly string[]): Promise<TReactionChip[]> {
  if (messageIds.length === 0) return [];
  const rows = await db.reaction.groupBy({
    by: ["targetMessageId", "value", "fromMe"],
    where: { instanceId, targetMessageId: { in: [...messageIds] }, value: { not: "" } },
    _count: { _all: true },
  });
  const chips = new Map<string, TReactionChip>();
  for (const row of rows) {
    const key = `${row.targetMessageId}\u001f${row.value}`;
    const chip = chips.get(key) ?? { messageId: row.targetMessageId, value: row.value, count: 0, mine: false };
    chip.count += row._count._all;
    chip.mine ||= row.fromMe;
    chips.set(key, chip);
  }
  return [...chips.values()];
}
