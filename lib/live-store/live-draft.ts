import type { TOpenedMark } from "@/lib/chats/unread-for-viewer";
import { messageRankOfReceipt, receiptOfRank, receiptRank, statusRank } from "@/lib/messages/receipt-rules";
import type { TChatDto, TIncidentDto, TInstanceDto, TMessageDto, TPresenceDto, TRawEventDto, TStatusTransitionDto, TStuckChangedDto } from "@/lib/schemas/dto";
import {
  compareEvents,
  compareMessages,
  EVENT_CAPACITY,
  type LiveState,
  MESSAGE_CAPACITY,
  messageKey,
  type Receipt,
  RECEIPT_CAPACITY,
  type Row,
  type TReactionChipDto,
} from "./live-state";

type Ordered<T> = { rows: Map<string, Row<T>>; order: string[] };

/**
 * A working copy of a LiveState for one batch of writes (a page of changes, one snapshot). Each table is
 * copied the first time it is written, once per batch, so the state handed out before stays untouched (what
 * React's useSyncExternalStore needs) and an untouched table keeps its identity (what keeps selectors cheap).
 */
export class LiveDraft {
  seq: number;
  seeded: boolean;
  staleBefore: number;
  private instances?: Ordered<TInstanceDto>;
  private chats?: Map<string, Row<TChatDto>>;
  private opened?: Map<string, Row<TOpenedMark>>;
  private messages?: Ordered<TMessageDto> & { byKey: Map<string, string> };
  private receipts?: Map<string, Receipt>;
  private statusSeq?: Map<string, number>;
  private events?: Ordered<TRawEventDto>;
  private presence?: Map<string, Row<TPresenceDto>>;
  private incidents?: Map<string, Row<TIncidentDto>>;
  private stuck?: Map<string, Row<TStuckChangedDto>>;
  private reactions?: Map<string, Row<readonly TReactionChipDto[]>>;
  private removed?: Map<string, number>;
  private mergedInto?: Map<string, string>;

  constructor(private readonly base: LiveState) {
    this.seq = base.seq;
    this.seeded = base.seeded;
    this.staleBefore = base.staleBefore;
  }

  private instanceTable(): Ordered<TInstanceDto> {
    return (this.instances ??= { rows: new Map(this.base.instances.rows), order: [...this.base.instances.order] });
  }
  private chatTable(): Map<string, Row<TChatDto>> {
    return (this.chats ??= new Map(this.base.chats));
  }
  private messageTable(): Ordered<TMessageDto> & { byKey: Map<string, string> } {
    const { rows, order, byKey } = this.base.messages;
    return (this.messages ??= { rows: new Map(rows), order: [...order], byKey: new Map(byKey) });
  }
  private receiptTable(): Map<string, Receipt> {
    return (this.receipts ??= new Map(this.base.receipts));
  }
  private eventTable(): Ordered<TRawEventDto> {
    return (this.events ??= { rows: new Map(this.base.events.rows), order: [...this.base.events.order] });
  }
  private presenceTable(): Map<string, Row<TPresenceDto>> {
    return (this.presence ??= new Map(this.base.presence));
  }
  private incidentTable(): Map<string, Row<TIncidentDto>> {
    return (this.incidents ??= new Map(this.base.incidents));
  }
  private stuckTable(): Map<string, Row<TStuckChangedDto>> {
    return (this.stuck ??= new Map(this.base.stuck));
  }

  // Reads inside the batch see its own writes: the copy once there is one, the base until then.
  private get instanceRows() {
    return (this.instances ?? this.base.instances).rows;
  }
  private get messagesNow() {
    return this.messages ?? this.base.messages;
  }
  private get eventRows() {
    return (this.events ?? this.base.events).rows;
  }

  writeInstance(value: TInstanceDto, seq: number): void {
    if (this.gone(value.id, seq)) return;
    if (!newer(this.instanceRows.get(value.id), seq)) return;
    const table = this.instanceTable();
    if (!table.rows.has(value.id)) table.order.push(value.id);
    table.rows.set(value.id, { value, seq });
  }

  /** The chips on one message (`reaction:changed` carries the whole set): the newest seq wins. */
  writeReactions(instanceId: string, messageId: string, chips: readonly TReactionChipDto[], seq: number): void {
    if (this.gone(instanceId, seq)) return;
    const key = messageKey(instanceId, messageId);
    if (!newer((this.reactions ?? this.base.reactions).get(key), seq)) return;
    (this.reactions ??= new Map(this.base.reactions)).set(key, { value: chips, seq });
  }

  writeIncident(value: TIncidentDto, seq: number): void {
    if (!newer((this.incidents ?? this.base.incidents).get(value.id), seq)) return;
    this.incidentTable().set(value.id, { value, seq });
  }

  writeStuck(value: TStuckChangedDto, seq: number): void {
    if (this.gone(value.instanceId, seq)) return;
    if (!newer((this.stuck ?? this.base.stuck).get(value.instanceId), seq)) return;
    this.stuckTable().set(value.instanceId, { value, seq });
  }

  writeChat(value: TChatDto, seq: number): void {
    if (this.gone(value.instanceId, seq) || this.gone(value.id, seq)) return;
    if (!newer((this.chats ?? this.base.chats).get(value.id), seq)) return;
    this.chatTable().set(value.id, { value, seq });
  }

  /** The user's latest opening of a chat (lib/chats/mark-chat-opened.ts): the newest seq wins. */
  writeOpened(value: TOpenedMark, seq: number): void {
    if (!newer((this.opened ?? this.base.opened).get(value.chatId), seq)) return;
    (this.opened ??= new Map(this.base.opened)).set(value.chatId, { value, seq });
  }

  writePresence(value: TPresenceDto, seq: number): void {
    if (this.gone(value.instanceId, seq)) return;
    if (!newer((this.presence ?? this.base.presence).get(value.chatId), seq)) return;
    this.presenceTable().set(value.chatId, { value, seq });
  }

  writeEvent(value: TRawEventDto, seq: number): void {
    if (this.gone(value.instanceId, seq)) return;
    const held = this.eventRows.get(value.id);
    if (!newer(held, seq)) return;
    const table = this.eventTable();
    table.rows.set(value.id, { value, seq });
    // An event's id never changes, so a known one keeps its place.
    if (!held) insertOrdered(table, value.id, compareEvents, EVENT_CAPACITY);
  }

  writeMessage(payload: TMessageDto, seq: number): void {
    if (this.gone(payload.instanceId, seq)) return;
    const held = this.messagesNow.rows.get(payload.id);
    if (!newer(held, seq)) return;
    const key = messageKey(payload.instanceId, payload.messageId);
    // The message as stored, moved on by any receipt that overtook it (or by the one already shown).
    let value = withReceipt(payload, (this.receipts ?? this.base.receipts).get(key));
    if (held && statusRank(held.value.status) > statusRank(value.status)) {
      value = { ...value, status: held.value.status, statusAt: held.value.statusAt };
    }
    const table = this.messageTable();
    table.rows.set(value.id, { value, seq });
    table.byKey.set(key, value.id);
    // createdAt and id never change, so a known message keeps its place.
    if (!held) {
      for (const dropped of insertOrdered(table, value.id, compareMessages, MESSAGE_CAPACITY)) {
        table.byKey.delete(messageKey(dropped.instanceId, dropped.messageId));
      }
    }
  }

  /** Receipts only move forward: a late SENT after READ never pulls the ticks back. */
  writeReceipt({ instanceId, messageId, status: reported, participant, at }: TStatusTransitionDto, seq: number): void {
    this.noteStatus(messageKey(instanceId, messageId), seq);
    // A group member's receipt moves the message only as far as the group rule allows.
    const rank = messageRankOfReceipt(reported, participant);
    if (rank === null) return; // READ_BY_ME, PENDING…: not a receipt (lib/messages/receipt-rules.ts)
    const status = receiptOfRank(rank);
    const key = messageKey(instanceId, messageId);
    const known = (this.receipts ?? this.base.receipts).get(key);
    if (!known || rank > statusRank(known.status)) {
      const receipts = this.receiptTable();
      receipts.delete(key); // re-inserted last: the map's order is the eviction order
      receipts.set(key, { status, at });
      for (const oldest of receipts.keys()) {
        if (receipts.size <= RECEIPT_CAPACITY) break;
        receipts.delete(oldest);
      }
    }
    const id = this.messagesNow.byKey.get(key);
    const held = id === undefined ? undefined : this.messagesNow.rows.get(id);
    if (!held) return;
    const value = withReceipt(held.value, { status, at });
    // The row keeps its seq: a receipt is not a newer version of the whole message.
    if (value !== held.value) this.messageTable().rows.set(held.value.id, { value, seq: held.seq });
  }

  private noteStatus(key: string, seq: number): void {
    if (((this.statusSeq ?? this.base.statusSeq).get(key) ?? 0) >= seq) return; // a replay: already seen
    const table = (this.statusSeq ??= new Map(this.base.statusSeq));
    table.delete(key); // re-inserted last: the map's order is the eviction order
    table.set(key, seq);
    for (const oldest of table.keys()) {
      if (table.size <= RECEIPT_CAPACITY) break;
      table.delete(oldest);
    }
  }

  /**
   * An instance deleted with its data (lib/instances/delete-instances.ts): its card, chats, messages,
   * receipts, presence and events go, and its tombstone refuses their older versions from then on. A
   * webhook after the deletion is new traffic: a newer seq, so the instance comes back with it.
   */
  removeInstance(id: string, seq: number): void {
    const removed = this.removed ?? this.base.removed;
    if ((removed.get(id) ?? -1) >= seq) return;
    (this.removed ??= new Map(this.base.removed)).set(id, seq);
    const older = (row: Row<{ instanceId: string | null }>) => row.value.instanceId === id && row.seq < seq;
    const instance = this.instanceRows.get(id);
    if (instance && instance.seq < seq) dropFromOrdered(this.instanceTable(), (row) => row.value.id === id);
    const chats = [...(this.chats ?? this.base.chats)].filter(([, row]) => older(row)).map(([chatId]) => chatId);
    if (chats.length > 0) {
      const table = this.chatTable();
      for (const chatId of chats) table.delete(chatId);
    }
    if ([...(this.presence ?? this.base.presence).values()].some(older)) {
      const table = this.presenceTable();
      for (const [chatId, row] of table) if (older(row)) table.delete(chatId);
    }
    if (this.messagesNow.order.some((m) => { const row = this.messagesNow.rows.get(m); return row !== undefined && older(row); })) {
      const table = this.messageTable();
      for (const value of dropFromOrdered(table, older)) table.byKey.delete(messageKey(value.instanceId, value.messageId));
    }
    const prefix = messageKey(id, "");
    if ([...(this.receipts ?? this.base.receipts).keys()].some((key) => key.startsWith(prefix))) {
      const table = this.receiptTable();
      for (const key of table.keys()) if (key.startsWith(prefix)) table.delete(key);
    }
    if ([...this.eventRows.values()].some(older)) dropFromOrdered(this.eventTable(), older);
    const stuck = (this.stuck ?? this.base.stuck).get(id);
    if (stuck && stuck.seq < seq) this.stuckTable().delete(id);
  }

  /**
   * A chat merged into another of the same person (lib/normaliser/merge-chats.ts): its row and presence go, its
   * tombstone (chat ids are UUIDs, apart from instance ids) refuses older versions, and the messages held move
   * to the chat they now belong to, as they did in the database.
   */
  removeChat(id: string, mergedInto: string, seq: number): void {
    if (((this.removed ?? this.base.removed).get(id) ?? -1) >= seq) return;
    (this.removed ??= new Map(this.base.removed)).set(id, seq);
    (this.mergedInto ??= new Map(this.base.mergedInto)).set(id, mergedInto);
    if ((this.chats ?? this.base.chats).has(id)) this.chatTable().delete(id);
    if ((this.presence ?? this.base.presence).has(id)) this.presenceTable().delete(id);
    const moved = [...this.messagesNow.rows.values()].filter((row) => row.value.chatId === id);
    if (moved.length === 0) return;
    const table = this.messageTable();
    for (const row of moved) table.rows.set(row.value.id, { value: { ...row.value, chatId: mergedInto }, seq: row.seq });
  }

  /** Whether `instanceId` was deleted at or after `seq`: its rows from then are refused. */
  private gone(instanceId: string | null, seq: number): boolean {
    return instanceId !== null && ((this.removed ?? this.base.removed).get(instanceId) ?? -1) >= seq;
  }

  /** Drops every row written before `seq` (after a `sync:reset`, once a fresh snapshot has been written). */
  dropOlderThan(seq: number): void {
    const stale = (row: Row<unknown>) => row.seq < seq;
    dropFromOrdered(this.instanceTable(), stale);
    dropFromOrdered(this.eventTable(), stale);
    const messages = this.messageTable();
    for (const value of dropFromOrdered(messages, stale)) messages.byKey.delete(messageKey(value.instanceId, value.messageId));
    const reactions = (this.reactions ??= new Map(this.base.reactions));
    const opened = (this.opened ??= new Map(this.base.opened));
    for (const table of [this.chatTable(), this.presenceTable(), this.incidentTable(), this.stuckTable(), reactions, opened] as Map<string, Row<unknown>>[]) {
      for (const [id, row] of table) if (stale(row)) table.delete(id);
    }
  }

  finish(): LiveState {
    const { base } = this;
    const same =
      this.seq === base.seq &&
      this.seeded === base.seeded &&
      this.staleBefore === base.staleBefore &&
      !this.instances &&
      !this.chats &&
      !this.opened &&
      !this.messages &&
      !this.receipts &&
      !this.statusSeq &&
      !this.events &&
      !this.presence &&
      !this.incidents &&
      !this.stuck &&
      !this.reactions &&
      !this.removed &&
      !this.mergedInto;
    if (same) return base;
    return {
      seq: this.seq,
      seeded: this.seeded,
      staleBefore: this.staleBefore,
      instances: this.instances ?? base.instances,
      chats: this.chats ?? base.chats,
      opened: this.opened ?? base.opened,
      messages: this.messages ?? base.messages,
      receipts: this.receipts ?? base.receipts,
      statusSeq: this.statusSeq ?? base.statusSeq,
      events: this.events ?? base.events,
      presence: this.presence ?? base.presence,
      incidents: this.incidents ?? base.incidents,
      stuck: this.stuck ?? base.stuck,
      reactions: this.reactions ?? base.reactions,
      removed: this.removed ?? base.removed,
      mergedInto: this.mergedInto ?? base.mergedInto,
    };
  }
}

function newer(held: Row<unknown> | undefined, seq: number): boolean {
  return held === undefined || seq > held.seq;
}

/** The message with the receipt's status when that is further along; the same object otherwise. */
function withReceipt(message: TMessageDto, receipt: Receipt | undefined): TMessageDto {
  if (!receipt) return message;
  const rank = receiptRank(receipt.status);
  if (rank === null || rank <= statusRank(message.status)) return message;
  return { ...message, status: receipt.status, statusAt: receipt.at };
}

/** Removes the rows `drop` picks from the table and its order; returns their values. */
function dropFromOrdered<T>(table: Ordered<T>, drop: (row: Row<T>) => boolean): T[] {
  const dropped: T[] = [];
  table.order = table.order.filter((id) => {
    const row = table.rows.get(id);
    if (row && !drop(row)) return true;
    table.rows.delete(id);
    if (row) dropped.push(row.value);
    return false;
  });
  return dropped;
}

/** Puts `id` at its place in `order` (binary search), then drops the oldest rows past `capacity`; returns them. */
function insertOrdered<T>(table: Ordered<T>, id: string, compare: (a: T, b: T) => number, capacity: number): T[] {
  const value = (table.rows.get(id) as Row<T>).value;
  const { order, rows } = table;
  let low = 0;
  let high = order.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (compare((rows.get(order[mid] as string) as Row<T>).value, value) < 0) low = mid + 1;
    else high = mid;
  }
  order.splice(low, 0, id);
  const dropped: T[] = [];
  while (order.length > capacity) {
    const oldest = order.pop() as string;
    const row = rows.get(oldest);
    rows.delete(oldest);
    if (row) dropped.push(row.value);
  }
  return dropped;
}
