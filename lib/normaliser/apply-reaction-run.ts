import type { Prisma } from "@/lib/generated/prisma/client";
import type { TReactionIntent } from "./intent";
import { resolveReactors } from "./resolve-reactors";

/**
 * Several reactions at once, with the rule of lib/normaliser/apply-reaction.ts (the newest by its own `time`
 * wins; a later arrival with the same time does not) played in the events' order: one SELECT of the rows they
 * name, one upsert of the rows that moved. Reactions touch nothing else and nothing reads them while a batch
 * is applied, so a batch's reactions can all wait for its end. `duplicates[i]`: reaction i changed nothing.
 */
export async function applyReactionRun(tx: Prisma.TransactionClient, given: TReactionIntent[]): Promise<{ duplicates: boolean[] }> {
  if (given.length === 0) return { duplicates: [] };
  // Keyed by the person, as lib/normaliser/apply-reaction.ts does.
  const run = await resolveReactors(tx, given);
  const keyOf = (r: { instanceId: string; targetMessageId: string; reactor: string }) => JSON.stringify([r.instanceId, r.targetMessageId, r.reactor]);
  const existing = await tx.$queryRaw<{ instanceId: string; targetMessageId: string; reactor: string; reactedAt: Date }[]>`
    SELECT instance_id AS "instanceId", target_message_id AS "targetMessageId", reactor, reacted_at AS "reactedAt" FROM reaction
     WHERE (instance_id, target_message_id, reactor) IN
           (SELECT * FROM unnest(${run.map((r) => r.instanceId)}::text[], ${run.map((r) => r.targetMessageId)}::text[], ${run.map((r) => r.reactor)}::text[]))`;
  const stored = new Map(existing.map((e) => [keyOf(e), e.reactedAt.getTime()]));
  const moved = new Map<string, TReactionIntent>();
  const duplicates = run.map((r) => {
    const key = keyOf(r);
    const latest = moved.get(key)?.reactedAt.getTime() ?? stored.get(key);
    if (latest !== undefined && latest >= r.reactedAt.getTime()) return true;
    moved.set(key, r);
    return false;
  });
  if (moved.size > 0) {
    const rows = [...moved.values()].map((r) => ({
      instance_id: r.instanceId, target_message_id: r.targetMessageId, reactor: r.reactor, value: r.value, reacted_at: r.reactedAt.toISOString(), from_me: r.fromMe,
    }));
    await tx.$executeRaw`
      INSERT INTO reaction (instance_id, target_message_id, reactor, value, reacted_at, from_me, updated_at)
      SELECT instance_id, target_message_id, reactor, value, reacted_at, from_me, now()
        FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
          AS u(instance_id text, target_message_id text, reactor text, value text, reacted_at timestamptz, from_me boolean)
      ON CONFLICT (instance_id, target_message_id, reactor) DO UPDATE
        SET value = EXCLUDED.value, reacted_at = EXCLUDED.reacted_at, from_me = EXCLUDED.from_me, updated_at = now()
        WHERE reaction.reacted_at < EXCLUDED.reacted_at`;
  }
  return { duplicates };
}
