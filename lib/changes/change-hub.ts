import { audienceView } from "@/lib/changes/change-audience";
import type { ChangePage } from "@/lib/changes/list-changes-after";
import type { TChangeDto } from "@/lib/schemas/dto";

/** What the hub needs of a connected client (a Socket.IO socket in production). */
export type HubClient = {
  /**
   * The signed-in user on the other end, or null (a token of no user): changes meant for one user alone
   * (lib/changes/change-audience.ts) reach only that user's clients.
   */
  readonly userId: string | null;
  /**
   * Sends a page. When it returns a promise (lib/changes/emit-changes.ts: resolved once the page has left
   * the process), the hub reads nothing more for this client until it settles: a slow or stalled reader holds
   * one page in memory, not the whole history, and the others are not kept waiting for it (back-pressure).
   */
  send(changes: TChangeDto[]): void | Promise<void>;
  syncDone(headSeq: number): void;
  reset(headSeq: number): void;
};

/** The change table, as the hub reads it (lib/changes/start-change-stream.ts wires the real one). */
export type ChangeSource = {
  /** Committed changes with seq > `seq`, in seq order, reading at most `limit` rows. */
  listAfter(seq: number, limit: number): Promise<ChangePage>;
  oldestSeq(): Promise<number | null>;
  headSeq(): Promise<number>;
};

type Entry = {
  client: HubClient;
  /** The last seq sent to this client; it reads `seq > cursor` next. */
  cursor: number;
  /** "starting" until the handshake's reads are done; "replaying" until it has read up to the head once. */
  state: "starting" | "replaying" | "live";
  /** A page is still on its way out: no read for this client until it has gone. */
  sending: boolean;
  /** A wake came while it was sending: read for it as soon as the page has gone. */
  heldBack: boolean;
  synced: () => void;
};

const PAGE = 500;

/**
 * Delivers every committed change to every client of this process exactly once and in order, by reading the
 * change table, never by being told what changed: producers in any process append through
 * lib/changes/append-changes.ts, whose lock makes seq order commit order, so a reader that only ever asks for
 * `seq > cursor` cannot skip a row that commits later.
 *
 * Each client has its own cursor. On every wake (a NOTIFY, the safety-net timer, a connect, a page sent)
 * the hub reads one page per distinct cursor and hands it to the clients at that cursor; clients that are
 * live share the head cursor, so they cost one query together. Replay after a reconnect is the same loop from
 * an older cursor, page by page, so it is bounded in memory and waits for slow sockets, and it joins the live
 * clients once it reaches the head. A change for one user alone is left out of every other client's page, in
 * a replay as live, while their cursors still move past it.
 */
export class ChangeHub {
  private entries = new Map<HubClient, Entry>();
  private pumping = false;
  private again = false;
  private running: Promise<void> = Promise.resolve();
  private failing = false;

  constructor(
    private readonly source: ChangeSource,
    private readonly onError: (e: unknown) => void = (e) => console.error("[changes]", e),
    private readonly pageSize = PAGE,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /**
   * Registers a client with the last seq it applied (null: start live from the head). Resolves once it has
   * been sent everything committed before it caught up (and `syncDone`), or when it disconnects first.
   */
  async connect(client: HubClient, lastSeq: number | null): Promise<void> {
    let synced!: () => void;
    const done = new Promise<void>((resolve) => (synced = resolve));
    // Registered before the first await, so a disconnect during the handshake's reads removes it for good.
    const entry: Entry = { client, cursor: 0, state: "starting", sending: false, heldBack: false, synced };
    this.entries.set(client, entry);
    try {
      const head = await this.source.headSeq();
      const oldest = lastSeq === null ? null : await this.source.oldestSeq();
      if (this.entries.get(client) !== entry) return;
      entry.cursor = lastSeq ?? head;
      // A cursor from another database (ahead of our head), or one whose changes have expired: start again.
      if (lastSeq !== null && (lastSeq > head || (oldest !== null && lastSeq < oldest - 1))) {
        entry.cursor = head;
        client.reset(head);
      }
      entry.state = "replaying";
    } catch (e) {
      this.entries.delete(client);
      throw e;
    }
    this.wake();
    await done;
  }

  disconnect(client: HubClient): void {
    this.entries.get(client)?.synced();
    this.entries.delete(client);
  }

  /** Something may have been committed: read after every cursor. Cheap when called often (coalesced). */
  wake(): void {
    this.again = true;
    if (this.pumping) return;
    this.pumping = true;
    this.running = this.pump();
  }

  /** Resolves when no read is in flight (used at shutdown). */
  idle(): Promise<void> {
    return this.running;
  }

  private async pump(): Promise<void> {
    try {
      while (this.again) {
        this.again = false;
        while (await this.readOnce()) {
          // a full page: there may be more right away
        }
        this.failing = false;
      }
    } catch (e) {
      // The database is unreachable: the next wake (the timer at least) tries again; say it once.
      if (!this.failing) this.onError(e);
      this.failing = true;
    } finally {
      // In the same synchronous step as the last look at `again`, so no wake falls between the two.
      this.pumping = false;
    }
  }

  /** One page for each distinct cursor; true when some page was full. */
  private async readOnce(): Promise<boolean> {
    const byCursor = new Map<number, Entry[]>();
    for (const entry of this.entries.values()) {
      if (entry.state === "starting") continue;
      if (entry.sending) {
        entry.heldBack = true;
        continue;
      }
      const group = byCursor.get(entry.cursor);
      if (group) group.push(entry);
      else byCursor.set(entry.cursor, [entry]);
    }
    let full = false;
    for (const [cursor, group] of byCursor) {
      const page = await this.source.listAfter(cursor, this.pageSize);
      if (page.full) full = true;
      const view = audienceView(page.changes);
      for (const entry of group) {
        if (this.entries.get(entry.client) !== entry) continue; // disconnected during the read
        entry.cursor = page.readUpTo;
        const changes = view.for(entry.client.userId);
        if (changes.length) this.send(entry, changes);
        if (entry.state === "replaying" && !page.full) {
          entry.state = "live";
          entry.client.syncDone(entry.cursor);
          entry.synced();
        }
      }
    }
    return full;
  }

  private send(entry: Entry, changes: TChangeDto[]): void {
    const sent = entry.client.send(changes);
    if (!sent) return;
    entry.sending = true;
    sent.catch(() => {}).finally(() => {
      entry.sending = false;
      if (!entry.heldBack || this.entries.get(entry.client) !== entry) return;
      entry.heldBack = false;
      this.wake();
    });
  }
}
