import type { AlertDelivery } from "@/lib/generated/prisma/client";
import { iso } from "@/lib/dto/iso";
import { ZAlertDeliveryDto, type TAlertDeliveryDto } from "@/lib/schemas/dto";

export function deliveryToDto(d: AlertDelivery): TAlertDeliveryDto {
  return ZAlertDeliveryDto.parse({
    id: d.id.toString(),
    incidentId: d.incidentId?.toString() ?? null,
    channelId: d.channelId,
    purpose: d.purpose,
    status: d.status,
    attempts: d.attempts,
    sentAt: iso(d.sentAt),
    lastError: d.lastError,
  });
}
