import { randomUUID } from "node:crypto";
import type { TApplyOutcome } from "./apply-context";
import type { TBatchState } from "./batch-state";
import type { TConnectionIntent } from "./intent";

/** lib/normaliser/apply-connection.ts in memory: a repeat is a duplicate; only a newer event moves the state. */
export function playConnection(state: TBatchState, rawEventId: bigint, intent: TConnectionIntent): TApplyOutcome {
  const { instanceId, state: kind, at, reason } = intent;
  const key = `${instanceId}\u0000${kind}\u0000${at.getTime()}`;
  if (state.connectionKeys.has(key)) return { duplicate: true, changes: [] };
  state.connectionKeys.add(key);
  state.newConnections.push({ id: randomUUID(), instanceId, kind, reason, at, rawEventId });
  const instance = state.instances.get(instanceId);
  if (!instance) throw new Error(`instance ${instanceId} is not in the batch`);
  if (instance.stateChangedAt !== null && instance.stateChangedAt >= at) return { duplicate: false, changes: [] };
  Object.assign(instance, {
    state: kind, stateChangedAt: at, disconnectReason: kind === "disconnected" ? reason : null, updatedAt: state.now,
    ...(intent.phone !== null ? { phone: intent.phone } : {}),
    ...(intent.isBusiness !== null ? { isBusiness: intent.isBusiness } : {}),
  });
  state.dirtyInstances.add(instance);
  // The caller announces the instance with this row, as it is now.
  return { duplicate: false, changes: [], instance: { ...instance } };
}
