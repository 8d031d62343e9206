import type { Db } from "@/lib/db/client";
import { requeueRawEvents } from "./requeue-raw-events";

/**
 * The Events page's "process again" for one raw event (lib/normaliser/requeue-raw-events.ts). "waiting": it
 * had not been processed yet, so it is in the queue already and nothing changed.
 */
export async function reprocessEvent(db: Db, id: string): Promise<"queued" | "waiting" | "not_found"> {
  if (!/^\d{1,19}$/.test(id)) return "not_found";
  const { queued } = await requeueRawEvents(db, { id: BigInt(id) });
  if (queued > 0) return "queued";
  return (await db.rawEvent.count({ where: { id: BigInt(id) } })) > 0 ? "waiting" : "not_found";
}
