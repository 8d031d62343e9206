import type { Db } from "@/lib/db/client";
import { type TChangeDto, ZChangeDto } from "@/lib/schemas/dto";

/** One read of the change table: the changes, and how far it read (past rows it could not use). */
export type ChangePage = { changes: TChangeDto[]; readUpTo: number; full: boolean };

/**
 * Changes with seq > `afterSeq`, oldest first. A row this version cannot read (a kind added by a newer
 * version during a rolling deploy, say) is skipped rather than thrown: one unreadable row must not stop the
 * live view of every client behind it. `readUpTo` is the last seq read, so the reader moves past it.
 */
export async function listChangesAfter(db: Db, afterSeq: number, limit = 500, onSkipped: (seq: number) => void = () => {}): Promise<ChangePage> {
  const rows = await db.change.findMany({ where: { seq: { gt: BigInt(afterSeq) } }, orderBy: { seq: "asc" }, take: limit });
  const changes: TChangeDto[] = [];
  for (const r of rows) {
    const parsed = ZChangeDto.safeParse({ seq: Number(r.seq), kind: r.kind, payload: r.payload });
    if (parsed.success) changes.push(parsed.data);
    else onSkipped(Number(r.seq));
  }
  const last = rows.at(-1);
  return { changes, readUpTo: last ? Number(last.seq) : afterSeq, full: rows.length === limit };
}
