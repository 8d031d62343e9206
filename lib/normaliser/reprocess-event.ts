import type { Db } from "@/lib/db/client";
import { requeueRawEvents } from "./requeue-raw-events";

const MAX_BIGINT = 2n ** 63n - 1n;

/**
 * The Events page's "process again" for one raw event (lib/normaliser/requeue-raw-events.ts). "waiting": it
 * had not been processed yet, so it is in the queue already and nothing changed.
 */
export async function reprocessEvent(db: Db, id: string): Promise<"queued" | "waiting" | "not_found"> {
  // raw_event.id is a bigint: 19 digits can still exceed it, and Postgres would refuse the value (a 500).
  if (!/^\d{1,19}$/.test(id) || BigInt(id) > MAX_BIGINT) return "not_found";
  const { queued } = await requeueRawEvents(db, { id: BigInt(id) });
  if (queued > 0) return "queued";
  return (await db.rawEvent.count({ where: { id: BigInt(id) } })) > 0 ? "waiting" : "not_found";
}
