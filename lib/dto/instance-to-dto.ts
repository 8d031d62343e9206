import type { Instance } from "@/lib/generated/prisma/client";
import { ZInstanceDto, type TInstanceDto } from "@/lib/schemas/dto";
import { iso } from "./iso";

/** An instance row as the dashboard sees it; parsing drops any column the DTO does not name. */
export function instanceToDto(row: Instance): TInstanceDto {
  return ZInstanceDto.parse({
    id: row.id,
    name: row.name,
    phone: row.phone,
    isBusiness: row.isBusiness,
    state: row.state,
    stateChangedAt: iso(row.stateChangedAt),
    disconnectReason: row.disconnectReason,
    lastEventAt: iso(row.lastEventAt),
    color: row.color,
    archivedAt: iso(row.archivedAt),
    simulated: row.simulated,
  });
}
