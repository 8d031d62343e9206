import type { TOpenedMark } from "@/lib/chats/unread-for-viewer";
import type { TChatDto, TIncidentDto, TInstanceDto, TMessageDto, TPresenceDto, TRawEventDto, TStuckChangedDto } from "@/lib/schemas/dto";

// The browser's one live store, as plain data: one table per entity, rows keyed by id, plus the ordered
// indexes the pages read. Framework-free; React reads it through components/realtime/use-live.ts.
//
// Every row remembers the seq it was written at: a row from a page snapshot taken at headSeq H carries H, a
// row from a change carries that change's seq, and a write only lands when its seq is newer than the row's.
// So the same change twice, a replay overlapping live changes, a snapshot older or newer than the changes
// already applied, all end in the same state, whatever the order they arrive in.

/** How many rows of each bounded table are kept; the pages show at most FEED_LIMIT of them. */
export const MESSAGE_CAPACITY = 1_000;
export const EVENT_CAPACITY = 1_000;
/** Receipts are kept for messages not held yet too (a receipt may arrive before its message, docs/zapi/SPEC.md §2.3). */
export const RECEIPT_CAPACITY = 2_000;
/** The most rows a live list shows: enough for a glance; older ones are one click away in the event log. */
export const FEED_LIMIT = 200;

export type Row<T> = { readonly value: T; readonly seq: number };
export type Rows<T> = ReadonlyMap<string, Row<T>>;
/** Rows plus their ids in display order. */
export type OrderedRows<T> = { readonly rows: Rows<T>; readonly order: readonly string[] };
/** The furthest receipt seen for one message (forward only, lib/messages/receipt-rules.ts). */
export type Receipt = { readonly status: string; readonly at: string };

export type LiveState = {
  /** The newest change seq applied, or the first snapshot's head: what the socket asks to resume after. */
  readonly seq: number;
  /** Whether a page has seeded it: until then there is no seq to connect with. */
  readonly seeded: boolean;
  /** After `sync:reset`: rows written before this seq may be stale and go at the next fresh snapshot. */
  readonly staleBefore: number;
  /** In the order first seen, so cards update where they are instead of jumping under the reader's eyes. */
  readonly instances: OrderedRows<TInstanceDto>;
  readonly chats: Rows<TChatDto>;
  /**
   * By chat id: when this tab's user last opened each chat in Vigia (a page's list, the tab's own opening, or
   * `chat:opened` from their other tabs and devices: the server sends it to no one else,
   * lib/changes/change-audience.ts). Their unread badges count from there (lib/chats/unread-for-viewer.ts).
   */
  readonly opened: Rows<TOpenedMark>;
  /** Newest first by arrival (`createdAt`, then id), as the server lists them; `byKey`: instanceId+messageId → id. */
  readonly messages: OrderedRows<TMessageDto> & { readonly byKey: ReadonlyMap<string, string> };
  /** By instanceId+messageId (see `messageKey`). */
  readonly receipts: ReadonlyMap<string, Receipt>;
  /**
   * By instanceId+messageId: the seq of the last status callback seen for the message, any member, any rank
   * (a group member's READ after another's moves no tick). What a message's timeline watches to re-read.
   */
  readonly statusSeq: ReadonlyMap<string, number>;
  /** Newest first by id (the log's own order and cursor, lib/events/list-events.ts). */
  readonly events: OrderedRows<TRawEventDto>;
  /** By chat id. */
  readonly presence: Rows<TPresenceDto>;
  /** By instanceId+messageId (see `messageKey`): the reaction chips on a message, from `reaction:changed`. */
  readonly reactions: Rows<readonly TReactionChipDto[]>;
  /** By incident id: only those the socket told of (opened or changed since the page loaded). */
  readonly incidents: Rows<TIncidentDto>;
  /** By instance id: the last stuck-message check's figure (`stuck:changed`), for the fleet overview's counts. */
  readonly stuck: Rows<TStuckChangedDto>;
  /**
   * Deleted instances → the seq of their removal: a row of theirs written at an older seq (a snapshot taken
   * before the deletion, a replay) is refused, so a removal holds whatever order things arrive in.
   */
  readonly removed: ReadonlyMap<string, number>;
  /**
   * Chats merged into another (`chat:removed`, lib/normaliser/merge-chats.ts) → the chat that absorbed them, so
   * a conversation open on the absorbed one can follow it (app/(dashboard)/chats/chats-shell.tsx).
   */
  readonly mergedInto: ReadonlyMap<string, string>;
};

const noRows: OrderedRows<never> = { rows: new Map(), order: [] };

export const emptyLiveState: LiveState = {
  seq: 0,
  seeded: false,
  staleBefore: 0,
  instances: noRows,
  chats: new Map(),
  opened: new Map(),
  messages: { ...noRows, byKey: new Map() },
  receipts: new Map(),
  statusSeq: new Map(),
  events: noRows,
  presence: new Map(),
  reactions: new Map(),
  incidents: new Map(),
  stuck: new Map(),
  removed: new Map(),
  mergedInto: new Map(),
};

/** One emoji on a message: how many put it there, and whether the connected account is among them. */
export type TReactionChipDto = { readonly value: string; readonly count: number; readonly mine: boolean };

/** A receipt names its message by instance and WhatsApp id, not by row id. */
export function messageKey(instanceId: string, messageId: string): string {
  return `${instanceId}\u001f${messageId}`;
}

/** Negative when `a` comes first in the message list (newer). */
export function compareMessages(a: TMessageDto, b: TMessageDto): number {
  if (a.createdAt !== b.createdAt) return a.createdAt > b.createdAt ? -1 : 1;
  return a.id === b.id ? 0 : a.id > b.id ? -1 : 1;
}

/** Negative when `a` comes first in the event log (newer). Ids are bigints as decimal text. */
export function compareEvents(a: TRawEventDto, b: TRawEventDto): number {
  if (a.id.length !== b.id.length) return b.id.length - a.id.length;
  return a.id === b.id ? 0 : a.id > b.id ? -1 : 1;
}
