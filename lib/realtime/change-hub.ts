import type { TChangeDto } from "@/lib/schemas/dto";

/** What the hub needs of a connected client (a Socket.IO socket in production). */
export type HubClient = {
  send(changes: TChangeDto[]): void;
  /** A replay page; resolves once it has left the process (back-pressure, lib/realtime/emit-changes.ts). */
  sendPage?(changes: TChangeDto[]): Promise<void>;
  syncDone(headSeq: number): void;
  reset(headSeq: number): void;
};

export type ChangeSource = {
  listAfter(seq: number, limit: number): Promise<TChangeDto[]>;
  oldestSeq(): Promise<number | null>;
  headSeq(): Promise<number>;
};

type Entry = { client: HubClient; lastSeq: number; syncing: boolean; missed: boolean };

const PAGE = 500;

/**
 * Delivers every committed change to every client exactly once and in order. A client connects with the
 * last seq it applied; the hub replays from the database until it has caught up with what was published
 * meanwhile, and only then switches it to live delivery. Live changes are gated by the client's own lastSeq,
 * so nothing is sent twice across the switch.
 */
export class ChangeHub {
  private entries = new Map<HubClient, Entry>();

  constructor(private readonly source: ChangeSource) {}

  get size(): number {
    return this.entries.size;
  }

  async connect(client: HubClient, lastSeq: number | null): Promise<void> {
    // Registered before the first await, so a disconnect during them removes it (set after, it leaked: F8).
    const entry: Entry = { client, lastSeq: -1, syncing: true, missed: false };
    this.entries.set(client, entry);
    const head = await this.source.headSeq();
    const oldest = await this.source.oldestSeq();
    if (!this.entries.has(client)) return;
    let from = lastSeq ?? head;
    if (from > head) from = head; // a client from another database (reset) restarts at our head
    entry.lastSeq = from;
    if (lastSeq !== null && (lastSeq > head || (oldest !== null && lastSeq < oldest - 1))) {
      entry.lastSeq = head;
      client.reset(head);
    }
    do {
      entry.missed = false;
      let page: TChangeDto[];
      do {
        page = await this.source.listAfter(entry.lastSeq, PAGE);
        if (!this.entries.has(client)) return;
        await this.deliverPage(entry, page);
        if (!this.entries.has(client)) return;
      } while (page.length === PAGE);
    } while (entry.missed);
    entry.syncing = false;
    client.syncDone(entry.lastSeq);
  }

  disconnect(client: HubClient): void {
    this.entries.delete(client);
  }

  publish(changes: TChangeDto[]): void {
    for (const entry of this.entries.values()) {
      if (entry.syncing) {
        entry.missed = true; // committed, so the replay loop will read it from the database
        continue;
      }
      this.deliver(entry, changes);
    }
  }

  /** A replay page, waiting until it has left the process before the next is read (no unbounded buffering). */
  private async deliverPage(entry: Entry, page: TChangeDto[]): Promise<void> {
    const fresh = page.filter((c) => c.seq > entry.lastSeq);
    const last = fresh.at(-1);
    if (!last) return;
    entry.lastSeq = last.seq;
    await (entry.client.sendPage ? entry.client.sendPage(fresh) : entry.client.send(fresh));
  }

  private deliver(entry: Entry, changes: TChangeDto[]): void {
    const fresh = changes.filter((c) => c.seq > entry.lastSeq);
    const last = fresh.at(-1);
    if (!last) return;
    entry.lastSeq = last.seq;
    entry.client.send(fresh);
  }
}
