import type { AlertChannel, AlertDelivery } from "@/lib/generated/prisma/client";
import { ZAlertChannelDto, type TAlertChannelDto } from "@/lib/schemas/dto";
import { ZChannelConfig } from "./channel-config";

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return "?";
  }
}

/** Where a channel sends, in words that carry no secret (a webhook's path can be one: only its host is shown). */
export function channelTarget(kind: string, config: unknown): string {
  const c = ZChannelConfig.safeParse({ ...(config as object), kind });
  if (!c.success) return "?";
  switch (c.data.kind) {
    case "slack":
    case "webhook":
      return hostOf(c.data.url);
    case "telegram":
      return `chat ${c.data.chatId}`;
    case "email":
      return c.data.to;
    case "whatsapp":
      return `+${c.data.phone}`;
    case "push":
      return "Web Push";
  }
}

export function channelToDto(row: AlertChannel, last: AlertDelivery | null): TAlertChannelDto {
  return ZAlertChannelDto.parse({
    id: row.id,
    kind: row.kind,
    name: row.name,
    instanceId: row.instanceId,
    enabled: row.enabled,
    target: channelTarget(row.kind, row.config),
    lastDelivery: last ? { status: last.status, at: (last.sentAt ?? last.claimedAt ?? last.createdAt).toISOString(), error: last.lastError } : null,
  });
}
