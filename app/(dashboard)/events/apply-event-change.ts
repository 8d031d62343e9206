import type { TRawEventDto } from "@/lib/schemas/dto";

export type EventFilter = { type: string | null; result: string | null };

/** The newest page keeps at most this many rows; older ones are on the next pages. */
const LIMIT = 200;

/**
 * A logged event arrives when stored and again when processed (its result changes). It is shown, updated in
 * place, or dropped when it stops matching the filter (e.g. "pending" → "ok" under a "pending" filter).
 */
export function applyEventChange(list: TRawEventDto[], event: TRawEventDto, filter: EventFilter): TRawEventDto[] {
  const matches = (!filter.type || event.type === filter.type) && (!filter.result || event.result === filter.result);
  const index = list.findIndex((e) => e.id === event.id);
  if (index === -1) return matches ? [event, ...list].slice(0, LIMIT) : list;
  return matches ? list.with(index, event) : list.filter((e) => e.id !== event.id);
}
