import type { Instance } from "@/lib/generated/prisma/client";
import type { TApplyContext } from "./apply-context";

/** lastEventAt moving by less than this is not announced, or every message would also be an instance change. */
export const INSTANCE_HEARTBEAT_MS = 30_000;

type Row = Instance & { prevLastEventAt: Date | null; inserted: boolean };

/**
 * Creates the instance on its first event and moves `lastEventAt` forward to the arrival time. Arrival, not
 * `momment`: this column answers "is the instance still talking to us", and late statuses (up to ~37 min)
 * or absurd doc timestamps must not move it. One statement; `emit` says whether the change is worth a broadcast.
 */
export async function touchInstance(ctx: TApplyContext, instanceId: string): Promise<{ row: Instance | null; emit: boolean }> {
  const at = ctx.receivedAt;
  // Within one batch, an instance already written less than a second earlier needs no second write:
  // lastEventAt is about liveness, and a second of precision costs a round trip per event otherwise.
  const memo = ctx.batch?.instanceTouchedAt;
  const touchedAt = memo?.get(instanceId);
  if (touchedAt !== undefined && at.getTime() - touchedAt < 1000) return { row: null, emit: false };
  memo?.set(instanceId, at.getTime());
  const rows = await ctx.tx.$queryRaw<Row[]>`
    WITH prev AS (SELECT last_event_at FROM instance WHERE id = ${instanceId})
    INSERT INTO instance (id, last_event_at, updated_at) VALUES (${instanceId}, ${at}::timestamptz, now())
    ON CONFLICT (id) DO UPDATE SET last_event_at = EXCLUDED.last_event_at, updated_at = now()
      WHERE instance.last_event_at IS NULL OR instance.last_event_at < EXCLUDED.last_event_at
    RETURNING id, name, phone, is_business AS "isBusiness", state, state_changed_at AS "stateChangedAt",
      disconnect_reason AS "disconnectReason", last_event_at AS "lastEventAt", created_at AS "createdAt",
      updated_at AS "updatedAt", (SELECT last_event_at FROM prev) AS "prevLastEventAt", (xmax = 0) AS inserted`;
  const row = rows[0];
  if (!row) return { row: null, emit: false };
  const { prevLastEventAt, inserted, ...instance } = row;
  const moved = prevLastEventAt === null || at.getTime() - prevLastEventAt.getTime() > INSTANCE_HEARTBEAT_MS;
  return { row: instance, emit: inserted || moved };
}
