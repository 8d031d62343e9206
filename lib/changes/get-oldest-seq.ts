import type { Db } from "@/lib/db/client";

/** The oldest change still kept, or null when the outbox is empty. Older ones have expired. */
export async function getOldestSeq(db: Db): Promise<number | null> {
  const r = await db.change.aggregate({ _min: { seq: true } });
  return r._min.seq === null ? null : Number(r._min.seq);
}
