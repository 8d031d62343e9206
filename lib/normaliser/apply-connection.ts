import type { TApplyContext, TApplyOutcome } from "./apply-context";
import type { TConnectionIntent } from "./intent";

/**
 * Connected / Disconnected: a ConnectionEvent (unique per instance + kind + time, so a repeat is a
 * duplicate) and the instance's state — only when this event is newer than the state we hold, so a late
 * event cannot flip a newer state back.
 */
export async function applyConnection(ctx: TApplyContext, intent: TConnectionIntent): Promise<TApplyOutcome> {
  const { tx } = ctx;
  const { instanceId, state, at, reason } = intent;
  const [event] = await tx.connectionEvent.createManyAndReturn({
    data: [{ instanceId, kind: state, reason, at, rawEventId: ctx.rawEventId }],
    skipDuplicates: true,
    select: { id: true },
  });
  if (!event) return { duplicate: true, changes: [] };
  const [instance] = await tx.instance.updateManyAndReturn({
    where: { id: instanceId, OR: [{ stateChangedAt: null }, { stateChangedAt: { lt: at } }] },
    data: {
      state,
      stateChangedAt: at,
      disconnectReason: state === "disconnected" ? reason : null,
      ...(intent.phone !== null ? { phone: intent.phone } : {}),
      ...(intent.isBusiness !== null ? { isBusiness: intent.isBusiness } : {}),
    },
  });
  // The caller announces the instance once, with whichever row is newest.
  return instance ? { duplicate: false, changes: [], instance } : { duplicate: false, changes: [] };
}
