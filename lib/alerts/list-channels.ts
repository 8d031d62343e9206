import type { Db } from "@/lib/db/client";
import type { TAlertChannelDto } from "@/lib/schemas/dto";
import { channelToDto } from "./channel-to-dto";

/** Every channel, oldest first, each with its latest delivery (test messages included). */
export async function listChannels(db: Db): Promise<TAlertChannelDto[]> {
  const rows = await db.alertChannel.findMany({ orderBy: { createdAt: "asc" }, include: { deliveries: { orderBy: { id: "desc" }, take: 1 } } });
  return rows.map((r) => channelToDto(r, r.deliveries[0] ?? null));
}
