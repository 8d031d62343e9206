import type { Instance, Prisma } from "@/lib/generated/prisma/client";
import { SIMULATED_PREFIX } from "@/lib/instances/simulated-prefix";
import type { TApplyContext } from "./apply-context";

/** lastEventAt moving by less than this is not announced, or every message would also be an instance change. */
export const INSTANCE_HEARTBEAT_MS = 30_000;

type Row = Instance & { prevLastEventAt: Date | null; inserted: boolean };
export type TTouched = { row: Instance; emit: boolean };

/**
 * Creates the instance on its first event and moves `lastEventAt` forward to the arrival time. Arrival, not
 * `momment`: this column answers "is the instance still talking to us", and late statuses (up to ~37 min)
 * or absurd doc timestamps must not move it. One statement; `emit` says whether the change is worth a broadcast.
 */
export async function touchInstance(ctx: TApplyContext, instanceId: string): Promise<{ row: Instance | null; emit: boolean }> {
  const [touched] = await touchInstances(ctx.tx, new Map([[instanceId, ctx.receivedAt]]));
  return touched ?? { row: null, emit: false };
}

/** touchInstance for many instances in one statement: instance id → latest arrival. Returns the rows that moved. */
export async function touchInstances(tx: Prisma.TransactionClient, latest: Map<string, Date>): Promise<TTouched[]> {
  if (latest.size === 0) return [];
  const ids = [...latest.keys()];
  const ats = ids.map((id) => (latest.get(id) as Date).toISOString());
  const rows = await tx.$queryRaw<Row[]>`
    WITH u AS (SELECT * FROM unnest(${ids}::text[], ${ats}::timestamptz[]) AS u(id, at)),
         prev AS (SELECT i.id, i.last_event_at FROM instance i JOIN u ON u.id = i.id)
    INSERT INTO instance (id, last_event_at, updated_at, simulated) SELECT id, at, now(), id LIKE ${SIMULATED_PREFIX + "%"} FROM u
    ON CONFLICT (id) DO UPDATE SET last_event_at = EXCLUDED.last_event_at, updated_at = now()
      WHERE instance.last_event_at IS NULL OR instance.last_event_at < EXCLUDED.last_event_at
    RETURNING id, name, phone, is_business AS "isBusiness", state, state_changed_at AS "stateChangedAt",
      disconnect_reason AS "disconnectReason", last_event_at AS "lastEventAt", color, archived_at AS "archivedAt", simulated, created_at AS "createdAt",
      updated_at AS "updatedAt", (SELECT last_event_at FROM prev WHERE prev.id = instance.id) AS "prevLastEventAt", (xmax = 0) AS inserted`;
  return rows.map(({ prevLastEventAt, inserted, ...row }) => {
    const at = (latest.get(row.id) as Date).getTime();
    const moved = prevLastEventAt === null || at - prevLastEventAt.getTime() > INSTANCE_HEARTBEAT_MS;
    return { row, emit: inserted || moved };
  });
}
