import type { Prisma } from "@/lib/generated/prisma/client";
import { chatAliases } from "./contact-aliases";

export type TIdentity = { instanceId: string; phone: string; chatLid: string | null };

/**
 * Reactions are keyed by the person (lib/normaliser/resolve-reactors.ts): the phone of their private chat. When a
 * chat is created, learns its LID, changes its phone or absorbs another chat, the reactions stored under any of
 * its aliases move to that key, keeping per message only the newest (so a reaction set by number and removed by
 * LID ends removed). Our own reactions are keyed apart and never move. One statement for all the chats given.
 */
export async function rekeyReactions(tx: Prisma.TransactionClient, identities: readonly TIdentity[]): Promise<void> {
  const rows = identities.flatMap((c) => chatAliases(c.phone, c.chatLid).map((alias) => ({ i: c.instanceId, a: alias, k: c.phone })));
  if (rows.length === 0) return;
  const aliases = JSON.stringify(rows);
  // Two statements: a unique check inside one statement could still see the rows its own CTE deletes.
  await tx.$executeRaw`
    WITH alias AS (SELECT DISTINCT ON (i, a) i, a, k FROM jsonb_to_recordset(${aliases}::jsonb) AS u(i text, a text, k text) ORDER BY i, a, k),
    hit AS (
      SELECT r.id, row_number() OVER (PARTITION BY r.instance_id, r.target_message_id, alias.k ORDER BY r.reacted_at DESC, (r.reactor = alias.k) DESC, r.id) AS n
        FROM reaction r JOIN alias ON r.instance_id = alias.i AND r.reactor = alias.a
       WHERE NOT r.from_me)
    DELETE FROM reaction WHERE id IN (SELECT id FROM hit WHERE n > 1)`;
  await tx.$executeRaw`
    WITH alias AS (SELECT DISTINCT ON (i, a) i, a, k FROM jsonb_to_recordset(${aliases}::jsonb) AS u(i text, a text, k text) ORDER BY i, a, k)
    UPDATE reaction SET reactor = alias.k, updated_at = now() FROM alias
     WHERE reaction.instance_id = alias.i AND reaction.reactor = alias.a AND NOT reaction.from_me AND reaction.reactor <> alias.k`;
}
