import type { Db } from "@/lib/db/client";
import type { TAlertChannelDto } from "@/lib/schemas/dto";
import { channelToDto } from "./channel-to-dto";

/** Renames, pauses or resumes a channel; null when there is no such channel. */
export async function updateChannel(db: Db, id: string, patch: { name?: string; enabled?: boolean }): Promise<TAlertChannelDto | null> {
  const { count } = await db.alertChannel.updateMany({ where: { id }, data: patch });
  if (count === 0) return null;
  const row = await db.alertChannel.findUniqueOrThrow({ where: { id }, include: { deliveries: { orderBy: { id: "desc" }, take: 1 } } });
  return channelToDto(row, row.deliveries[0] ?? null);
}
