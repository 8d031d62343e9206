import type { TApplyContext, TApplyOutcome } from "./apply-context";
import type { TReactionIntent } from "./intent";
import { reactionChanges } from "./reaction-chips-of";
import { resolveReactors } from "./resolve-reactors";

/**
 * A reaction is not a message (docs/zapi/EDGE_CASES.md 25): one row per (target, reactor) holding the newest reaction by
 * its own `time`; `value: ""` (removed) is kept as a row so an older reaction arriving late cannot bring the
 * emoji back. The row is keyed by the person, whichever identifier they reacted under (lib/normaliser/resolve-reactors.ts).
 * A reaction that changed something announces the message's chips (`reaction:changed`).
 */
export async function applyReaction(ctx: TApplyContext, intent: TReactionIntent): Promise<TApplyOutcome> {
  const [resolved] = await resolveReactors(ctx.tx, [intent]);
  const { instanceId, targetMessageId, reactor, value, reactedAt, fromMe } = resolved ?? intent;
  const written = await ctx.tx.$executeRaw`
    INSERT INTO reaction (instance_id, target_message_id, reactor, value, reacted_at, from_me, updated_at)
    VALUES (${instanceId}, ${targetMessageId}, ${reactor}, ${value}, ${reactedAt}::timestamptz, ${fromMe}, now())
    ON CONFLICT (instance_id, target_message_id, reactor) DO UPDATE
      SET value = EXCLUDED.value, reacted_at = EXCLUDED.reacted_at, from_me = EXCLUDED.from_me, updated_at = now()
      WHERE reaction.reacted_at < EXCLUDED.reacted_at`;
  if (written === 0) return { duplicate: true, changes: [] };
  return { duplicate: false, changes: await reactionChanges(ctx.tx, [{ instanceId, messageId: targetMessageId }]) };
}
