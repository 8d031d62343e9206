import { appendChanges } from "@/lib/changes/append-changes";
import type { Db } from "@/lib/db/client";
import { instanceToDto } from "@/lib/dto/instance-to-dto";
import type { TInstanceDto } from "@/lib/schemas/dto";
import type { TUpdateInstanceInput } from "./schemas";

/**
 * Names, colours, archives or brings back an instance; the change goes through the outbox in the same
 * transaction, so every open dashboard shows it (lib/changes/append-changes.ts). Null when there is no such
 * instance. Archiving keeps every row: it only hides the instance from the overview and its counts.
 */
export async function updateInstance(db: Db, id: string, input: TUpdateInstanceInput): Promise<TInstanceDto | null> {
  return db.$transaction(async (tx) => {
    const [row] = await tx.instance.updateManyAndReturn({
      where: { id },
      data: {
        // A blank name is no name: the card falls back to the number, then the id.
        ...(input.name !== undefined ? { name: input.name?.trim() || null } : {}),
        ...(input.color !== undefined ? { color: input.color } : {}),
        ...(input.archived !== undefined ? { archivedAt: input.archived ? new Date() : null } : {}),
      },
    });
    if (!row) return null;
    const dto = instanceToDto(row);
    await appendChanges(tx, [{ kind: "instance:upserted", payload: dto }]);
    return dto;
  });
}
