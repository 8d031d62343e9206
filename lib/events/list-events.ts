import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { rawEventToDto } from "@/lib/dto/raw-event-to-dto";
import { type TRawEventDto, ZRawEventResult } from "@/lib/schemas/dto";

export const ZListEventsQuery = z.object({
  type: z.string().trim().min(1).max(120).optional(),
  result: ZRawEventResult.optional(),
  instanceId: z.string().trim().min(1).max(120).optional(),
  /** Events whose body mentions this number (its digits, as Z-API writes phones: docs/zapi/SPEC.md §3.2). */
  phone: z
    .string()
    .trim()
    .regex(/^\+?[\d\s().-]{4,30}$/, "must be a phone number")
    .transform((v) => v.replace(/\D/g, ""))
    .optional(),
  /** Text anywhere in the raw body, case-insensitive. */
  q: z.string().trim().min(2).max(200).optional(),
  cursor: z.string().regex(/^\d{1,19}$/, "must be an event id").optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TListEventsQuery = z.infer<typeof ZListEventsQuery>;

/**
 * The raw webhook log, newest first; the cursor is the id of the last event returned.
 *
 * `phone` and `q` search the stored body text (ILIKE through Prisma's `contains`, which does not escape LIKE's wildcards: `likeText` does). No trigram index
 * on purpose: raw_event is the ingest path's table and a GIN index over every body would slow each webhook's
 * INSERT, which the charter puts first. The scan walks the primary key newest first and stops at the page's
 * limit, so a frequent term is cheap and a rare one reads the log back until it has a page; type, result and
 * instance narrow it through their indexes (prisma/schema.prisma) first. Bodies stored as base64 (not UTF-8)
 * are not searched.
 */
export async function listEvents(db: Db, query: Partial<TListEventsQuery>): Promise<{ items: TRawEventDto[]; nextCursor: string | null }> {
  const limit = query.limit ?? 50;
  const rows = await db.rawEvent.findMany({
    where: {
      ...(query.type ? { type: query.type } : {}),
      ...(query.result ? { result: query.result } : {}),
      ...(query.instanceId ? { instanceId: query.instanceId } : {}),
      ...(query.phone || query.q
        ? { AND: [query.phone, query.q].flatMap((term) => (term ? [{ body: { contains: likeText(term), mode: "insensitive" as const } }] : [])) }
        : {}),
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

/** `text` matched literally inside a LIKE pattern: its backslashes, % and _ escaped (backslash is the default escape). */
function likeText(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
