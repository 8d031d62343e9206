import { expect, test } from "vitest";
import type { TChangeDto } from "@/lib/schemas/dto";
import { ChangeHub, type HubClient } from "./change-hub";

// An in-memory change table standing in for the real one; test/change-stream.test.ts uses PostgreSQL.
function table() {
  const rows: TChangeDto[] = [];
  let gate: Promise<void> = Promise.resolve();
  const reads: Array<{ after: number; got: number }> = [];
  return {
    rows,
    reads,
    hold(p: Promise<void>) {
      gate = p;
    },
    /** Commits n changes; `step` > 1 leaves gaps in seq, as rolled-back transactions do. */
    commit(n: number, step = 1) {
      for (let i = 0; i < n; i++) rows.push(change((rows.at(-1)?.seq ?? 0) + step));
    },
    source: {
      listAfter: async (seq: number, limit: number) => {
        await gate;
        const page = rows.filter((r) => r.seq > seq).slice(0, limit);
        reads.push({ after: seq, got: page.length });
        return { changes: page, readUpTo: page.at(-1)?.seq ?? seq, full: page.length === limit };
      },
      oldestSeq: () => Promise.resolve(rows[0]?.seq ?? null),
      headSeq: () => Promise.resolve(rows.at(-1)?.seq ?? 0),
    },
  };
}

/** A `chat:opened` of `userId` (lib/chats/mark-chat-opened.ts): for that user's clients alone. */
function opened(seq: number, userId: string): TChangeDto {
  return { seq, kind: "chat:opened", payload: { userId, chatId: "C1", openedAt: "2026-12-02T12:00:00.000Z", unreadBase: 0 } };
}

function change(seq: number): TChangeDto {
  return { seq, kind: "event:logged", payload: { id: String(seq), receivedAt: "", type: null, instanceId: null, result: "ok", duplicate: false, error: null, processedAt: null } };
}

function recorder(userId: string | null = null) {
  const got: number[] = [];
  const pages: number[] = [];
  const events: string[] = [];
  const client: HubClient = {
    userId,
    send: (cs) => {
      pages.push(cs.length);
      got.push(...cs.map((c) => c.seq));
    },
    syncDone: (h) => events.push(`done:${h}`),
    reset: (h) => events.push(`reset:${h}`),
  };
  return { client, got, pages, events };
}

/** A client whose every page stays "on its way out" until the test lets it go. */
function slowRecorder() {
  const r = recorder();
  const inFlight: Array<() => void> = [];
  const send = r.client.send.bind(r.client);
  r.client.send = (cs) => {
    send(cs)?.catch(() => {});
    return new Promise<void>((resolve) => inFlight.push(resolve));
  };
  return { ...r, inFlight };
}

async function wakeAndSettle(hub: ChangeHub) {
  hub.wake();
  await hub.idle();
}

test("replays after lastSeq, then delivers what is committed next, each change once and in order", async () => {
  const t = table();
  const hub = new ChangeHub(t.source);
  t.commit(5);
  const r = recorder();
  await hub.connect(r.client, 2);
  expect(r.got).toEqual([3, 4, 5]);
  expect(r.events).toEqual(["done:5"]);
  t.commit(2);
  await wakeAndSettle(hub);
  await wakeAndSettle(hub); // a wake with nothing new sends nothing
  expect(r.got).toEqual([3, 4, 5, 6, 7]);
});

test("changes committed while a client is replaying are neither lost nor doubled", async () => {
  const t = table();
  const hub = new ChangeHub(t.source, undefined, 2);
  t.commit(3);
  let release!: () => void;
  t.hold(new Promise((r) => (release = r)));
  const r = recorder();
  const connecting = hub.connect(r.client, 0);
  await new Promise((res) => setTimeout(res, 5));
  t.commit(2); // committed during the replay's read
  hub.wake();
  t.hold(Promise.resolve());
  release();
  await connecting;
  t.commit(1);
  await wakeAndSettle(hub);
  expect(r.got).toEqual([1, 2, 3, 4, 5, 6]);
});

test("gaps in seq are normal: nothing is missing, nothing is asked again", async () => {
  const t = table();
  const hub = new ChangeHub(t.source);
  t.commit(3, 4); // 4, 8, 12
  const r = recorder();
  await hub.connect(r.client, 4);
  t.commit(2, 3); // 15, 18
  await wakeAndSettle(hub);
  expect(r.got).toEqual([8, 12, 15, 18]);
  expect(r.events).toEqual(["done:12"]);
});

test("a lastSeq older than what is kept asks the client to reset", async () => {
  const t = table();
  t.commit(10);
  t.rows.splice(0, 5); // seq 1–5 expired
  const hub = new ChangeHub(t.source);
  const r = recorder();
  await hub.connect(r.client, 2);
  expect(r.events).toEqual(["reset:10", "done:10"]);
  expect(r.got).toEqual([]);
});

test("a client without lastSeq starts live from the head", async () => {
  const t = table();
  t.commit(4);
  const hub = new ChangeHub(t.source);
  const r = recorder();
  await hub.connect(r.client, null);
  t.commit(1);
  await wakeAndSettle(hub);
  expect(r.got).toEqual([5]);
});

test("live clients share one read per wake; a replaying one reads its own pages until it joins them", async () => {
  const t = table();
  t.commit(10);
  const hub = new ChangeHub(t.source, undefined, 4);
  const live = [recorder(), recorder()];
  for (const l of live) await hub.connect(l.client, null);
  t.reads.length = 0;
  t.commit(1);
  await wakeAndSettle(hub);
  expect(t.reads).toEqual([{ after: 10, got: 1 }]);

  const late = recorder();
  await hub.connect(late.client, 0);
  expect(late.pages).toEqual([4, 4, 3]);
  expect(late.got).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
  t.reads.length = 0;
  t.commit(2);
  await wakeAndSettle(hub);
  expect(t.reads).toEqual([{ after: 11, got: 2 }]);
  for (const c of [...live, late]) expect(c.got.slice(-2)).toEqual([12, 13]);
});

test("a long replay goes out page by page, each only after the previous one has left, without holding back the others", async () => {
  const t = table();
  t.commit(10);
  const hub = new ChangeHub(t.source, undefined, 4);
  const live = recorder();
  await hub.connect(live.client, null);
  const slow = slowRecorder();
  const connecting = hub.connect(slow.client, 0);
  const settle = () => new Promise((res) => setTimeout(res, 5));
  for (let page = 1; page <= 3; page++) {
    await settle();
    expect(slow.pages).toHaveLength(page); // the next page waits for this one
    t.commit(1);
    hub.wake();
    await hub.idle();
    expect(live.got.at(-1)).toBe(t.rows.at(-1)?.seq); // the live client is not kept waiting meanwhile
    slow.inFlight[page - 1]?.();
  }
  await settle();
  slow.inFlight.at(-1)?.();
  await connecting;
  expect(slow.got).toEqual(t.rows.map((r) => r.seq));
  expect(slow.events).toEqual(["done:13"]);
  expect(live.got).toEqual([11, 12, 13]);
});

test("a client that leaves during the handshake's reads is forgotten", async () => {
  const t = table();
  let release!: () => void;
  t.commit(2);
  const hub = new ChangeHub({ ...t.source, headSeq: () => new Promise((r) => (release = () => r(2))) });
  const r = recorder();
  const connecting = hub.connect(r.client, 0);
  hub.disconnect(r.client);
  release();
  await connecting;
  expect(hub.size).toBe(0);
  expect(r.got).toEqual([]);
});

test("a failing read is reported once and retried at the next wake", async () => {
  const t = table();
  t.commit(2);
  let down = true;
  const errors: unknown[] = [];
  const hub = new ChangeHub({ ...t.source, listAfter: (s, l) => (down ? Promise.reject(new Error("down")) : t.source.listAfter(s, l)) }, (e) => errors.push(e));
  const r = recorder();
  const connecting = hub.connect(r.client, 0);
  await hub.idle();
  await wakeAndSettle(hub);
  expect(errors).toHaveLength(1);
  down = false;
  await wakeAndSettle(hub);
  await connecting;
  expect(r.got).toEqual([1, 2]);
});

test("a change for one user reaches only that user's clients, live and in a replay, and moves everyone's cursor", async () => {
  const t = table();
  const hub = new ChangeHub(t.source);
  t.commit(1);
  const [ana1, ana2, bia, anyone] = [recorder("ana"), recorder("ana"), recorder("bia"), recorder(null)];
  for (const r of [ana1, ana2, bia, anyone]) await hub.connect(r.client, null);
  t.rows.push(opened(2, "ana"));
  t.commit(1);
  await wakeAndSettle(hub);
  expect([ana1.got, ana2.got, bia.got, anyone.got]).toEqual([[2, 3], [2, 3], [3], [3]]);
  // A page of nothing but another user's change sends nothing, yet the cursor moves on past it.
  t.rows.push(opened(4, "ana"));
  await wakeAndSettle(hub);
  expect(bia.pages).toEqual([1]);
  t.commit(1);
  await wakeAndSettle(hub);
  expect([ana1.got, bia.got]).toEqual([[2, 3, 4, 5], [3, 5]]);

  // Reconnecting from before all of it: each gets back their own and what is for everyone, nothing else.
  const [anaAgain, biaAgain] = [recorder("ana"), recorder("bia")];
  await hub.connect(anaAgain.client, 1);
  await hub.connect(biaAgain.client, 1);
  expect([anaAgain.got, biaAgain.got]).toEqual([[2, 3, 4, 5], [3, 5]]);
  expect([anaAgain.events, biaAgain.events]).toEqual([["done:5"], ["done:5"]]);
});
