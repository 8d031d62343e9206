import { describe, expect, it } from "vitest";
import type { TChangeDto, TInstanceDto, TMessageDto, TRawEventDto } from "@/lib/schemas/dto";
import { applyChanges } from "./apply-changes";
import { createLiveStore } from "./create-live-store";
import { EVENT_CAPACITY, emptyLiveState, FEED_LIMIT, type LiveState, MESSAGE_CAPACITY, RECEIPT_CAPACITY } from "./live-state";
import { resetLiveState } from "./reset-live-state";
import { seedSnapshot } from "./seed-snapshot";
import { selectChatMessages, selectEvents, selectInstances, selectMessages } from "./select-live";

const at = (n: number) => new Date(Date.UTC(2025, 0, 1, 12, 0, 0, n)).toISOString();

function message(id: string, overrides: Partial<TMessageDto> = {}): TMessageDto {
  const n = Number(id.replace(/\D/g, "")) || 0;
  return {
    id,
    instanceId: "I1",
    messageId: `M-${id}`,
    chatId: "C1",
    fromMe: true,
    fromApi: false,
    senderPhone: null,
    senderName: null,
    kind: "text",
    text: `text ${id}`,
    content: null,
    notification: null,
    replyToMessageId: null,
    isForwarded: false,
    isStatusReply: false,
    sentAt: at(n),
    createdAt: at(n),
    status: "SENT",
    statusAt: null,
    readByMeAt: null,
    deletedAt: null,
    editedAt: null,
    ...overrides,
  };
}

function event(id: number, overrides: Partial<TRawEventDto> = {}): TRawEventDto {
  return {
    id: String(id),
    receivedAt: at(id),
    type: "ReceivedCallback",
    instanceId: "I1",
    result: "pending",
    duplicate: false,
    error: null,
    processedAt: null,
    ...overrides,
  };
}

function instance(id: string, state: TInstanceDto["state"]): TInstanceDto {
  return { id, name: null, phone: null, isBusiness: null, state, stateChangedAt: null, disconnectReason: null, lastEventAt: null, color: null, archivedAt: null, simulated: false };
}

const receipt = (seq: number, messageId: string, status: string): TChangeDto => ({
  seq,
  kind: "status:changed",
  payload: { instanceId: "I1", messageId, status, participant: null, device: null, at: at(1000 + seq) },
});

/** Everything a page can read, as plain data (instances sorted: their display order is first-seen order). */
function visible(state: LiveState) {
  return {
    instances: selectInstances(state.instances).sort((a, b) => a.id.localeCompare(b.id)),
    chats: [...state.chats.values()].map((r) => r.value).sort((a, b) => a.id.localeCompare(b.id)),
    messages: selectMessages(state.messages, { floor: null, limit: Infinity }),
    events: selectEvents(state.events, { floor: null, limit: Infinity }),
    seq: state.seq,
  };
}

const history: TChangeDto[] = [
  { seq: 1, kind: "instance:upserted", payload: instance("I1", "connected") },
  { seq: 2, kind: "event:logged", payload: event(10) },
  { seq: 3, kind: "message:upserted", payload: message("m1") },
  { seq: 4, kind: "event:logged", payload: event(10, { result: "ok" }) },
  receipt(5, "M-m1", "RECEIVED"),
  { seq: 7, kind: "message:upserted", payload: message("m1", { text: "edited", status: "RECEIVED" }) }, // 6: rolled back
  receipt(8, "M-m2", "READ"), // before its message
  { seq: 9, kind: "message:upserted", payload: message("m2") },
  { seq: 10, kind: "instance:upserted", payload: instance("I1", "disconnected") },
  receipt(11, "M-m1", "READ"),
  receipt(12, "M-m1", "SENT"), // late
];

/** A fixed shuffle (no Math.random in tests: a failure must be reproducible). */
function shuffled<T>(list: readonly T[], salt: number): T[] {
  let s = salt;
  const next = () => (s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

describe("applyChanges", () => {
  const inOrder = applyChanges(emptyLiveState, history);

  it("ends where the changes say", () => {
    const v = visible(inOrder);
    expect(v.instances.map((i) => i.state)).toEqual(["disconnected"]);
    expect(v.messages.map((m) => [m.id, m.text, m.status])).toEqual([
      ["m2", "text m2", "READ"],
      ["m1", "edited", "READ"],
    ]);
    expect(v.events.map((e) => [e.id, e.result])).toEqual([["10", "ok"]]);
    expect(v.seq).toBe(12);
  });

  it("is idempotent: each change twice, or the whole page replayed, changes nothing", () => {
    expect(applyChanges(inOrder, history)).toBe(inOrder);
    const doubled = applyChanges(emptyLiveState, history.flatMap((c) => [c, c]));
    expect(visible(doubled)).toEqual(visible(inOrder));
    // A reconnect replaying from an older seq overlaps what was applied live.
    const overlapped = applyChanges(applyChanges(emptyLiveState, history.slice(0, 8)), history.slice(3));
    expect(visible(overlapped)).toEqual(visible(inOrder));
  });

  it("gives the same state whatever order the changes arrive in", () => {
    for (let salt = 1; salt <= 25; salt++) {
      const out = applyChanges(emptyLiveState, shuffled(history, salt));
      expect(visible(out), `shuffle ${salt}`).toEqual(visible(inOrder));
    }
    // One by one, newest first: the worst case for "last write wins".
    const reversed = [...history].reverse().reduce((s, c) => applyChanges(s, [c]), emptyLiveState);
    expect(visible(reversed)).toEqual(visible(inOrder));
  });

  it("moves receipts forward only, and ignores what is not a receipt", () => {
    let state = applyChanges(emptyLiveState, [{ seq: 1, kind: "message:upserted", payload: message("m1", { status: "SENT" }) }]);
    state = applyChanges(state, [receipt(2, "M-m1", "READ")]);
    const read = state;
    expect(selectMessages(read.messages, { floor: null, limit: 1 })[0]).toMatchObject({ status: "READ", statusAt: at(1002) });
    // Only the seq moves; the message and receipt tables are the very same objects.
    for (const late of [receipt(3, "M-m1", "RECEIVED"), receipt(4, "M-m1", "SENT")]) {
      const after = applyChanges(read, [late]);
      expect([after.messages, after.receipts]).toEqual([read.messages, read.receipts]);
      expect(after.messages).toBe(read.messages);
    }
    for (const notReceipt of ["READ_BY_ME", "PENDING", "SOMETHING_NEW"]) {
      const after = applyChanges(read, [receipt(5, "M-m1", notReceipt)]);
      expect(after.messages).toBe(read.messages);
      expect(after.receipts).toBe(read.receipts);
    }
    // A newer version of the message (an edit) carrying an older status keeps the ticks where they were.
    state = applyChanges(read, [{ seq: 6, kind: "message:upserted", payload: message("m1", { text: "edited", status: "SENT" }) }]);
    expect(selectMessages(state.messages, { floor: null, limit: 1 })[0]).toMatchObject({ text: "edited", status: "READ" });
    state = applyChanges(state, [receipt(7, "M-m1", "PLAYED")]);
    expect(selectMessages(state.messages, { floor: null, limit: 1 })[0]?.status).toBe("PLAYED");
  });

  it("keeps the tables bounded, dropping the oldest rows and their lookups", () => {
    const changes: TChangeDto[] = [];
    for (let i = 1; i <= MESSAGE_CAPACITY + 5; i++) {
      changes.push({ seq: 2 * i, kind: "message:upserted", payload: message(`m${i}`) });
      changes.push({ seq: 2 * i + 1, kind: "event:logged", payload: event(i) });
    }
    const state = applyChanges(emptyLiveState, changes);
    expect(state.messages.order).toHaveLength(MESSAGE_CAPACITY);
    expect(state.messages.rows.size).toBe(MESSAGE_CAPACITY);
    expect(state.messages.byKey.size).toBe(MESSAGE_CAPACITY);
    expect(state.events.order).toHaveLength(EVENT_CAPACITY);
    expect(state.events.rows.size).toBe(EVENT_CAPACITY);
    expect(state.messages.rows.has("m5")).toBe(false);
    expect(state.messages.rows.has("m6")).toBe(true);
    const shown = selectMessages(state.messages, { floor: null, limit: FEED_LIMIT });
    expect(shown).toHaveLength(FEED_LIMIT);
    expect(shown[0]?.id).toBe(`m${MESSAGE_CAPACITY + 5}`);

    const receipts = Array.from({ length: RECEIPT_CAPACITY + 3 }, (_, i) => receipt(10_000 + i, `M-x${i}`, "READ"));
    const withReceipts = applyChanges(state, receipts);
    expect(withReceipts.receipts.size).toBe(RECEIPT_CAPACITY);
  });

  it("orders messages by arrival and events by id, wherever they came from", () => {
    const state = applyChanges(emptyLiveState, [
      { seq: 1, kind: "event:logged", payload: event(9) },
      { seq: 2, kind: "event:logged", payload: event(100) },
      { seq: 3, kind: "event:logged", payload: event(20) },
      // Sent long ago (a phone that was offline), stored now: first in the feed.
      { seq: 4, kind: "message:upserted", payload: message("m50", { sentAt: at(1) }) },
      { seq: 5, kind: "message:upserted", payload: message("m7") },
      { seq: 6, kind: "message:upserted", payload: message("m30", { chatId: "C2" }) },
    ]);
    expect(selectEvents(state.events, { floor: null, limit: 10 }).map((e) => e.id)).toEqual(["100", "20", "9"]);
    expect(selectMessages(state.messages, { floor: null, limit: 10 }).map((m) => m.id)).toEqual(["m50", "m30", "m7"]);
    expect(selectChatMessages(state.messages, "C1").map((m) => m.id)).toEqual(["m7", "m50"]);
  });
});

describe("instance:removed", () => {
  const other = (seq: number): TChangeDto[] => [
    { seq, kind: "instance:upserted", payload: instance("I2", "connected") },
    { seq: seq + 1, kind: "message:upserted", payload: message("m9", { instanceId: "I2", messageId: "M-m9" }) },
    { seq: seq + 2, kind: "event:logged", payload: event(90, { instanceId: "I2" }) },
  ];
  const removal: TChangeDto = { seq: 20, kind: "instance:removed", payload: { id: "I1" } };
  const after = applyChanges(emptyLiveState, [...history, ...other(13), removal]);

  it("drops the instance with its messages, receipts and events, and nothing of another instance", () => {
    const v = visible(after);
    expect(v.instances.map((i) => i.id)).toEqual(["I2"]);
    expect(v.messages.map((m) => m.id)).toEqual(["m9"]);
    expect(v.events.map((e) => e.id)).toEqual(["90"]);
    expect([...after.receipts.keys()].some((k) => k.startsWith("I1"))).toBe(false);
  });

  it("holds whatever order: older rows of the instance arriving after the removal are refused, newer ones land", () => {
    for (let salt = 1; salt <= 10; salt++) {
      const out = applyChanges(emptyLiveState, shuffled([...history, ...other(13), removal], salt));
      expect(visible(out), `shuffle ${salt}`).toEqual(visible(after));
    }
    expect(applyChanges(after, [removal])).toBe(after);
    const back = applyChanges(after, [{ seq: 21, kind: "instance:upserted", payload: instance("I1", "unknown") }]);
    expect(visible(back).instances.map((i) => i.id)).toEqual(["I1", "I2"]);
  });
});

describe("seedSnapshot", () => {
  it("takes the first snapshot's head as the seq to resume after, and refuses older changes replayed on top", () => {
    let state = seedSnapshot(emptyLiveState, { headSeq: 10, instances: [instance("I1", "disconnected")], events: [event(5, { result: "ok" })] });
    expect(state.seq).toBe(10);
    // The socket replays from 10, but a change committed while the page was read may overlap it.
    state = applyChanges(state, [
      { seq: 8, kind: "instance:upserted", payload: instance("I1", "connected") },
      { seq: 9, kind: "event:logged", payload: event(5) },
      { seq: 11, kind: "event:logged", payload: event(6) },
    ]);
    const v = visible(state);
    expect(v.instances.map((i) => i.state)).toEqual(["disconnected"]);
    expect(v.events.map((e) => [e.id, e.result])).toEqual([
      ["6", "pending"],
      ["5", "ok"],
    ]);
    expect(v.seq).toBe(11);
  });

  it("after client navigation: an older page snapshot never rolls rows back, a newer one never skips changes", () => {
    const live = applyChanges(seedSnapshot(emptyLiveState, { headSeq: 10, events: [event(5)] }), [
      { seq: 12, kind: "event:logged", payload: event(5, { result: "ok" }) },
      { seq: 13, kind: "instance:upserted", payload: instance("I1", "connected") },
    ]);
    // A page from the router cache, read at seq 9.
    const stale = seedSnapshot(live, { headSeq: 9, instances: [instance("I1", "unknown")], events: [event(5), event(4)] });
    expect(visible(stale).instances.map((i) => i.state)).toEqual(["connected"]);
    expect(visible(stale).events.map((e) => [e.id, e.result])).toEqual([
      ["5", "ok"],
      ["4", "pending"],
    ]);
    // A page read at seq 20, while the socket has only delivered up to 13: the socket still resumes after 13.
    const ahead = seedSnapshot(stale, { headSeq: 20, instances: [instance("I1", "disconnected")] });
    expect(ahead.seq).toBe(13);
    const caughtUp = applyChanges(ahead, [{ seq: 15, kind: "instance:upserted", payload: instance("I1", "connected") }]);
    expect(visible(caughtUp).instances.map((i) => i.state)).toEqual(["disconnected"]);
  });

  it("after a sync:reset, the next fresh snapshot drops whatever it did not rewrite", () => {
    const before = applyChanges(seedSnapshot(emptyLiveState, { headSeq: 1, events: [event(1)] }), [
      { seq: 2, kind: "event:logged", payload: event(2) },
      { seq: 3, kind: "message:upserted", payload: message("m1") },
    ]);
    const reset = resetLiveState(before, 50);
    expect(reset.seq).toBe(50);
    expect(visible(reset).events).toHaveLength(2); // still shown until the page has re-read its snapshot
    const afterLive = applyChanges(reset, [{ seq: 51, kind: "event:logged", payload: event(60) }]);
    expect(seedSnapshot(afterLive, { headSeq: 40, events: [] }).staleBefore).toBe(50); // an older page: no purge
    const fresh = seedSnapshot(afterLive, { headSeq: 52, events: [event(2)] });
    expect(visible(fresh).events.map((e) => e.id)).toEqual(["60", "2"]);
    expect(visible(fresh).messages).toEqual([]);
    expect(fresh.staleBefore).toBe(0);
  });
});

describe("selectEvents window", () => {
  it("shows a page's rows and what came after them, never rows below its last one", () => {
    let state = seedSnapshot(emptyLiveState, { headSeq: 1, events: [event(30), event(20), event(10)] });
    // Another page (a filtered log) brought in an older row.
    state = seedSnapshot(state, { headSeq: 1, events: [event(3, { type: "DeliveryCallback" })] });
    state = applyChanges(state, [{ seq: 2, kind: "event:logged", payload: event(40, { type: "DeliveryCallback" }) }]);
    const floor = event(10);
    expect(selectEvents(state.events, { floor, limit: 10 }).map((e) => e.id)).toEqual(["40", "30", "20", "10"]);
    const deliveries = (e: TRawEventDto) => e.type === "DeliveryCallback";
    expect(selectEvents(state.events, { floor: null, limit: 10, where: deliveries }).map((e) => e.id)).toEqual(["40", "3"]);
    // Processed: it leaves a "pending" filter.
    const pending = (e: TRawEventDto) => e.result === "pending";
    state = applyChanges(state, [{ seq: 3, kind: "event:logged", payload: event(30, { result: "ok" }) }]);
    expect(selectEvents(state.events, { floor, limit: 10, where: pending }).map((e) => e.id)).toEqual(["40", "20", "10"]);
  });
});

describe("createLiveStore", () => {
  it("tells listeners of changes at once, of a seed in a microtask, and only when something changed", async () => {
    const store = createLiveStore();
    let calls = 0;
    store.subscribe(() => calls++);
    const snapshot = { headSeq: 3, events: [event(1)] };
    store.seed(snapshot);
    expect(calls).toBe(0); // a page seeds while React renders it: no listener runs inside that render
    await Promise.resolve();
    expect(calls).toBe(1);
    const seeded = store.getState();
    store.seed(snapshot);
    store.seed({ ...snapshot });
    await Promise.resolve();
    expect(store.getState()).toBe(seeded);
    expect(calls).toBe(1);
    store.apply([{ seq: 4, kind: "event:logged", payload: event(2) }]);
    expect(calls).toBe(2);
    store.apply([{ seq: 4, kind: "event:logged", payload: event(2) }]);
    expect(calls).toBe(2);
  });
});

describe("group receipts in the store", () => {
  it("a member's READ moves no tick past sent but is noted for the timeline; a private READ does", () => {
    const seeded = applyChanges(emptyLiveState, [{ seq: 1, kind: "message:upserted", payload: message("m1") }, { seq: 2, kind: "message:upserted", payload: message("m2") }]);
    const member: TChangeDto = { seq: 3, kind: "status:changed", payload: { instanceId: "I1", messageId: "M-m1", status: "READ", participant: "5511900000002", device: 0, at: at(2000) } };
    const after = applyChanges(seeded, [member, receipt(4, "M-m2", "READ")]);
    const status = (id: string) => selectMessages(after.messages, { floor: null, limit: Infinity }).find((m) => m.id === id)?.status;
    expect(status("m1")).toBe("SENT");
    expect(status("m2")).toBe("READ");
    expect(after.statusSeq.get("I1\u001fM-m1")).toBe(3);
    expect(applyChanges(after, [member])).toBe(after);
  });
});

describe("incidents in the live store", () => {
  const incident = (endedAt: string | null) => ({ id: "7", instanceId: "I1", kind: "disconnected" as const, startedAt: at(1), endedAt, reason: null });
  it("keeps the newest change of each incident, whatever order the changes come in", () => {
    const opened: TChangeDto = { seq: 10, kind: "incident:upserted", payload: incident(null) };
    const closed: TChangeDto = { seq: 12, kind: "incident:upserted", payload: incident(at(5)) };
    const forward = applyChanges(emptyLiveState, [opened, closed]);
    const backward = applyChanges(applyChanges(emptyLiveState, [closed]), [opened, closed]);
    for (const state of [forward, backward]) expect(state.incidents.get("7")).toEqual({ value: incident(at(5)), seq: 12 });
  });
});
