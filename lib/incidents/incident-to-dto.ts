import type { Incident } from "@/lib/generated/prisma/client";
import { iso } from "@/lib/dto/iso";
import { ZIncidentDto, type TIncidentDto } from "@/lib/schemas/dto";

export function incidentToDto(i: Incident): TIncidentDto {
  return ZIncidentDto.parse({
    id: i.id.toString(),
    instanceId: i.instanceId,
    kind: i.kind,
    startedAt: i.startedAt.toISOString(),
    endedAt: iso(i.endedAt),
    reason: i.reason,
  });
}
