import type { Prisma } from "@/lib/generated/prisma/client";
import type { TChangeDraft, TChangeDto } from "@/lib/schemas/dto";

/** Writes change rows in the caller's transaction and returns them with their sequence numbers. */
export async function appendChanges(tx: Prisma.TransactionClient, drafts: TChangeDraft[]): Promise<TChangeDto[]> {
  if (drafts.length === 0) return [];
  const rows = await tx.$queryRaw<{ seq: bigint }[]>`
    INSERT INTO change (kind, payload)
    SELECT k, p::jsonb FROM unnest(${drafts.map((d) => d.kind)}::text[], ${drafts.map((d) => JSON.stringify(d.payload))}::text[])
         WITH ORDINALITY AS u(k, p, n)
     ORDER BY n
    RETURNING seq`;
  const seqs = rows.map((r) => Number(r.seq)).sort((a, b) => a - b);
  return drafts.map((d, i) => ({ ...d, seq: seqs[i] }) as TChangeDto);
}
