import type { TChatDto } from "@/lib/schemas/dto";

/** Negative when `a` comes first: most recent activity first, chats without any last, then by id (the API's order). */
export function compareChats(a: TChatDto, b: TChatDto): number {
  if (a.lastMessageAt !== b.lastMessageAt) {
    if (a.lastMessageAt === null) return 1;
    if (b.lastMessageAt === null) return -1;
    return a.lastMessageAt > b.lastMessageAt ? -1 : 1;
  }
  return a.id === b.id ? 0 : a.id > b.id ? -1 : 1;
}

/**
 * The list's order while the reader's pointer rests on it: the order they were looking at, with chats that
 * were not in it yet put on top. So a new message does not move a row away from under the cursor; the list
 * re-sorts when the pointer leaves.
 */
export function keepOrder(sorted: readonly TChatDto[], frozen: readonly string[] | null): TChatDto[] {
  if (!frozen) return [...sorted];
  const byId = new Map(sorted.map((chat) => [chat.id, chat]));
  const known = new Set(frozen);
  const fresh = sorted.filter((chat) => !known.has(chat.id));
  return [...fresh, ...frozen.flatMap((id) => byId.get(id) ?? [])];
}
