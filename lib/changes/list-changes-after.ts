import type { Db } from "@/lib/db/client";
import { type TChangeDto, ZChangeDto } from "@/lib/schemas/dto";

/** Changes with seq > `afterSeq`, oldest first, as they were published. */
export async function listChangesAfter(db: Db, afterSeq: number, limit = 500): Promise<TChangeDto[]> {
  const rows = await db.change.findMany({ where: { seq: { gt: BigInt(afterSeq) } }, orderBy: { seq: "asc" }, take: limit });
  return rows.map((r) => ZChangeDto.parse({ seq: Number(r.seq), kind: r.kind, payload: r.payload }));
}
