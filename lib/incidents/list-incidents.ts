import type { Db } from "@/lib/db/client";
import type { TIncidentDto } from "@/lib/schemas/dto";
import { incidentToDto } from "./incident-to-dto";

/** Incidents, newest first (open ones included), optionally of one instance; keyset by id. */
export async function listIncidents(db: Db, o: { instanceId?: string; beforeId?: bigint; limit: number }): Promise<{ items: TIncidentDto[]; nextCursor: string | null }> {
  const rows = await db.incident.findMany({
    where: { ...(o.instanceId ? { instanceId: o.instanceId } : {}), ...(o.beforeId ? { id: { lt: o.beforeId } } : {}) },
    orderBy: { id: "desc" },
    take: o.limit + 1,
  });
  const page = rows.slice(0, o.limit);
  return { items: page.map(incidentToDto), nextCursor: rows.length > o.limit ? (page.at(-1)?.id.toString() ?? null) : null };
}
