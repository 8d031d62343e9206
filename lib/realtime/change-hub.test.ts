import { expect, test } from "vitest";
import type { TChangeDto } from "@/lib/schemas/dto";
import { ChangeHub, type HubClient } from "./change-hub";

// An in-memory outbox standing in for the change table; the end-to-end socket test uses the real one.
function outbox() {
  const rows: TChangeDto[] = [];
  let gate: Promise<void> = Promise.resolve();
  return {
    rows,
    hold(p: Promise<void>) {
      gate = p;
    },
    commit(n: number): TChangeDto[] {
      const made: TChangeDto[] = [];
      for (let i = 0; i < n; i++) {
        const c = change((rows.at(-1)?.seq ?? 0) + 1);
        rows.push(c);
        made.push(c);
      }
      return made;
    },
    source: {
      listAfter: async (seq: number, limit: number) => {
        const page = rows.filter((r) => r.seq > seq).slice(0, limit);
        await gate;
        return page;
      },
      oldestSeq: async () => rows[0]?.seq ?? null,
      headSeq: async () => rows.at(-1)?.seq ?? 0,
    },
  };
}

function change(seq: number): TChangeDto {
  return { seq, kind: "event:logged", payload: { id: String(seq), receivedAt: "", type: null, instanceId: null, result: "ok", duplicate: false, error: null, processedAt: null } };
}

function recorder() {
  const got: number[] = [];
  const events: string[] = [];
  const client: HubClient = { send: (cs) => got.push(...cs.map((c) => c.seq)), syncDone: (h) => events.push(`done:${h}`), reset: (h) => events.push(`reset:${h}`) };
  return { client, got, events };
}

test("replays after lastSeq, then delivers live, each change once and in order", async () => {
  const box = outbox();
  const hub = new ChangeHub(box.source);
  box.commit(5);
  const r = recorder();
  await hub.connect(r.client, 2);
  expect(r.got).toEqual([3, 4, 5]);
  expect(r.events).toEqual(["done:5"]);
  hub.publish(box.commit(2));
  hub.publish(box.rows.slice(-1)); // a repeated publish is ignored
  expect(r.got).toEqual([3, 4, 5, 6, 7]);
});

test("changes committed while a client is replaying are not lost or doubled", async () => {
  const box = outbox();
  const hub = new ChangeHub(box.source);
  box.commit(3);
  let release!: () => void;
  box.hold(new Promise((r) => (release = r)));
  const r = recorder();
  const connecting = hub.connect(r.client, 0);
  await new Promise((res) => setTimeout(res, 5));
  hub.publish(box.commit(2)); // published during the replay query
  box.hold(Promise.resolve());
  release();
  await connecting;
  hub.publish(box.commit(1));
  expect(r.got).toEqual([1, 2, 3, 4, 5, 6]);
});

test("a lastSeq older than what is kept asks the client to reset", async () => {
  const box = outbox();
  box.commit(10);
  box.rows.splice(0, 5); // seq 1–5 expired
  const hub = new ChangeHub(box.source);
  const r = recorder();
  await hub.connect(r.client, 2);
  expect(r.events).toEqual(["reset:10", "done:10"]);
  expect(r.got).toEqual([]);
});

test("a client without lastSeq starts live from the head", async () => {
  const box = outbox();
  box.commit(4);
  const hub = new ChangeHub(box.source);
  const r = recorder();
  await hub.connect(r.client, null);
  hub.publish(box.commit(1));
  expect(r.got).toEqual([5]);
});

test("a client that disconnects while connecting (during the first awaits) leaves no entry behind", async () => {
  const box = outbox();
  box.commit(3);
  let releaseHead!: () => void;
  const headHeld = new Promise<void>((r) => (releaseHead = r));
  const source = { ...box.source, headSeq: async () => (await headHeld, box.source.headSeq()) };
  const hub = new ChangeHub(source);
  const r = recorder();
  const connecting = hub.connect(r.client, 0);
  hub.disconnect(r.client); // the socket closes before the hub has read the head
  releaseHead();
  await connecting;
  expect(hub.size).toBe(0);
  hub.publish(box.commit(1));
  expect(r.got).toEqual([]);
  expect(r.events).toEqual([]);
});

test("a long replay goes out page by page, each only after the previous one has been sent", async () => {
  const box = outbox();
  box.commit(1_200);
  const hub = new ChangeHub(box.source);
  const pages: number[][] = [];
  const pending: (() => void)[] = [];
  const events: string[] = [];
  const client: HubClient = {
    send: (cs) => pages.push(cs.map((c) => c.seq)), // a replay sent this way would not wait: caught below
    sendPage: (cs) => {
      pages.push(cs.map((c) => c.seq));
      return new Promise<void>((resolve) => pending.push(resolve));
    },
    syncDone: (h) => events.push(`done:${h}`),
    reset: (h) => events.push(`reset:${h}`),
  };
  const connecting = hub.connect(client, 0);
  const settle = () => new Promise((res) => setTimeout(res, 5));
  for (let page = 1; page <= 3; page++) {
    await settle();
    expect(pages).toHaveLength(page); // the next page waits for this one
    expect(pending).toHaveLength(page);
    pending[page - 1]?.();
  }
  await connecting;
  expect(pages.map((p) => p.length)).toEqual([500, 500, 200]);
  expect(pages.flat()).toEqual(box.rows.map((r) => r.seq));
  expect(events).toEqual(["done:1200"]);
});
