import type { TMessageDto } from "@/lib/schemas/dto";

/** Negative when `a` reads first in a conversation: oldest sent first, ties by id (the API's order reversed). */
export function compareReading(a: TMessageDto, b: TMessageDto): number {
  if (a.sentAt !== b.sentAt) return a.sentAt < b.sentAt ? -1 : 1;
  return a.id === b.id ? 0 : a.id < b.id ? -1 : 1;
}

/**
 * A conversation in reading order: the pages fetched (`held`) with the live store's copies (`live`) winning,
 * since the store has every later edit, receipt and deletion. One row per id, whichever side has it.
 */
export function mergeMessages(held: readonly TMessageDto[], live: readonly TMessageDto[]): TMessageDto[] {
  const byId = new Map<string, TMessageDto>();
  for (const message of held) byId.set(message.id, message);
  for (const message of live) byId.set(message.id, message);
  return [...byId.values()].sort(compareReading);
}
