import type { Db } from "@/lib/db/client";
import { instanceToDto } from "@/lib/dto/instance-to-dto";
import type { TInstanceDto } from "@/lib/schemas/dto";

/**
 * Every known instance, archived ones included (each says so; the overview hides them, Settings lists them),
 * disconnected ones first (they need attention), then by name/id.
 */
export async function listInstances(db: Db): Promise<TInstanceDto[]> {
  const rows = await db.instance.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }] });
  const rank = { disconnected: 0, unknown: 1, connected: 2 } as Record<string, number>;
  return rows.map(instanceToDto).sort((a, b) => (rank[a.state] ?? 1) - (rank[b.state] ?? 1));
}
