import type { Db } from "@/lib/db/client";

/** The newest committed change sequence number (0 when there is none). */
export async function getHeadSeq(db: Db): Promise<number> {
  const r = await db.change.aggregate({ _max: { seq: true } });
  return Number(r._max.seq ?? 0n);
}
