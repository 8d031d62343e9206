import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { rawEventToDto } from "@/lib/dto/raw-event-to-dto";
import { type TRawEventDto, ZRawEventResult } from "@/lib/schemas/dto";

export const ZListEventsQuery = z.object({
  type: z.string().trim().min(1).max(120).optional(),
  result: ZRawEventResult.optional(),
  instanceId: z.string().trim().min(1).max(120).optional(),
  cursor: z.string().regex(/^\d{1,19}$/, "must be an event id").optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TListEventsQuery = z.infer<typeof ZListEventsQuery>;

/** The raw webhook log, newest first; the cursor is the id of the last event returned. */
export async function listEvents(db: Db, query: Partial<TListEventsQuery>): Promise<{ items: TRawEventDto[]; nextCursor: string | null }> {
  const limit = query.limit ?? 50;
  const rows = await db.rawEvent.findMany({
    where: {
      ...(query.type ? { type: query.type } : {}),
      ...(query.result ? { result: query.result } : {}),
      ...(query.instanceId ? { instanceId: query.instanceId } : {}),
      ...(query.cursor ? { id: { lt: BigInt(query.cursor) } } : {}),
    },
    orderBy: { id: "desc" },
    take: limit + 1,
    omit: { body: true, headers: true },
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: page.map(rawEventToDto), nextCursor: rows.length > limit && last ? String(last.id) : null };
}
