import { type TOpenedMark, unreadForViewer } from "@/lib/chats/unread-for-viewer";
import type { TChatDto, TInstanceDto, TMessageDto, TPresenceDto, TRawEventDto } from "@/lib/schemas/dto";
import { compareEvents, compareMessages, type LiveState, type OrderedRows, type Rows } from "./live-state";

// Pure reads of the store's tables. Each returns a new array or map, so callers memoise on the table's
// identity (components/realtime/use-live.ts), which only changes when a write touched that table.

/**
 * The part of a list a page shows: rows no older than `floor` (the last row of the page's own snapshot, so
 * rows another page brought in below it do not slip into this one and repeat on its "older" page), at most
 * `limit`, newest first.
 */
export type ListWindow<T> = { floor: T | null; limit: number; where?: (row: T) => boolean };

function windowOf<T>(table: OrderedRows<T>, compare: (a: T, b: T) => number, window: ListWindow<T>): T[] {
  const shown: T[] = [];
  for (const id of table.order) {
    if (shown.length >= window.limit) break;
    const row = table.rows.get(id);
    if (!row) continue;
    if (window.floor && compare(row.value, window.floor) > 0) break; // ordered: everything after is older
    if (!window.where || window.where(row.value)) shown.push(row.value);
  }
  return shown;
}

export function selectInstances(table: LiveState["instances"]): TInstanceDto[] {
  return table.order.flatMap((id) => table.rows.get(id)?.value ?? []);
}

export function selectChats(table: Rows<TChatDto>): ReadonlyMap<string, TChatDto> {
  return new Map([...table].map(([id, row]) => [id, row.value]));
}

/**
 * The chats with the unread badge this tab's user sees (lib/chats/unread-for-viewer.ts): the phone's count
 * less what was unread when they last opened each chat here or on another of their tabs or devices. A chat
 * whose badge is the phone's own keeps its object.
 */
export function selectViewerChats(chats: Rows<TChatDto>, opened: Rows<TOpenedMark>): ReadonlyMap<string, TChatDto> {
  const out = new Map<string, TChatDto>();
  for (const [id, { value: chat }] of chats) {
    const unreadCount = unreadForViewer(chat, opened.get(id)?.value);
    out.set(id, unreadCount === chat.unreadCount ? chat : { ...chat, unreadCount });
  }
  return out;
}

/** The tab title's count ("(3) Conversas"): every chat's unread as the user sees it, Status posts aside. */
export function selectUnreadTotal(chats: ReadonlyMap<string, TChatDto>): number {
  let total = 0;
  for (const chat of chats.values()) if (chat.kind !== "status") total += chat.unreadCount;
  return total;
}

export function selectMessages(table: LiveState["messages"], window: ListWindow<TMessageDto>): TMessageDto[] {
  return windowOf(table, compareMessages, window);
}

/** One chat's held messages in reading order (oldest first), for a conversation view. */
export function selectChatMessages(table: LiveState["messages"], chatId: string): TMessageDto[] {
  return windowOf(table, compareMessages, { floor: null, limit: Infinity, where: (m) => m.chatId === chatId }).reverse();
}

export function selectEvents(table: LiveState["events"], window: ListWindow<TRawEventDto>): TRawEventDto[] {
  return windowOf(table, compareEvents, window);
}

export function selectPresence(table: Rows<TPresenceDto>, chatId: string): TPresenceDto | null {
  return table.get(chatId)?.value ?? null;
}

/**
 * Each chat's newest held message by send time (what its list row shows), for the chats that have one.
 * Newer than a page's own copy only when it is: the caller compares `sentAt`.
 */
export function selectLatestByChat(table: LiveState["messages"]): ReadonlyMap<string, TMessageDto> {
  const latest = new Map<string, TMessageDto>();
  for (const id of table.order) {
    const message = table.rows.get(id)?.value;
    if (!message) continue;
    const held = latest.get(message.chatId);
    if (!held || laterSent(message, held)) latest.set(message.chatId, message);
  }
  return latest;
}

/** Whether `a` was sent after `b` (ties broken by id, as the server pages them: lib/messages/list-chat-messages.ts). */
export function laterSent(a: TMessageDto, b: TMessageDto): boolean {
  return a.sentAt !== b.sentAt ? a.sentAt > b.sentAt : a.id > b.id;
}
