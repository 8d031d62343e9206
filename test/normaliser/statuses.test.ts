import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { applyBody } from "./apply-helpers";
import { newInstanceId, received, status, T0, text } from "./bodies";
import { messagesWithFailures } from "@/lib/messages/attach-failures";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

const mine = (inst: string, id: string) => text(inst, id, `mine ${id}`, { fromMe: true, fromApi: true });
const row = (inst: string, messageId: string) => db.prisma.message.findUniqueOrThrow({ where: { instanceId_messageId: { instanceId: inst, messageId } } });

describe("outgoing receipts", () => {
  test("our own message starts as inferred SENT; a SENT receipt gives it a time", async () => {
    const inst = newInstanceId();
    await applyBody(db.prisma, mine(inst, "S0"));
    expect(await row(inst, "S0")).toMatchObject({ status: "SENT", statusRank: 1, statusAt: null });
    await applyBody(db.prisma, status(inst, "SENT", ["S0"], { momment: T0 + 1000 }));
    expect(await row(inst, "S0")).toMatchObject({ status: "SENT", statusAt: new Date(T0 + 1000) });
  });

  test("READ then a late SENT stays READ; PLAYED after READ moves up", async () => {
    const inst = newInstanceId();
    await applyBody(db.prisma, mine(inst, "S1"));
    const read = await applyBody(db.prisma, status(inst, "READ", ["S1"], { momment: T0 + 3000 }));
    expect(read.changes.map((c) => c.kind)).toEqual(expect.arrayContaining(["status:changed", "message:upserted"]));
    const sent = await applyBody(db.prisma, status(inst, "SENT", ["S1"], { momment: T0 + 1000 }));
    expect(sent.duplicate).toBe(false);
    expect(sent.changes.map((c) => c.kind).filter((k) => k !== "instance:upserted")).toEqual(["status:changed"]);
    expect(await row(inst, "S1")).toMatchObject({ status: "READ", statusRank: 3, statusAt: new Date(T0 + 3000) });
    await applyBody(db.prisma, status(inst, "PLAYED", ["S1"], { momment: T0 + 4000 }));
    expect(await row(inst, "S1")).toMatchObject({ status: "PLAYED", statusRank: 4 });
    expect(await db.prisma.statusTransition.count({ where: { instanceId: inst, messageId: "S1" } })).toBe(3);
  });

  test("the same status for the same id and participant again is a duplicate", async () => {
    const inst = newInstanceId();
    expect((await applyBody(db.prisma, status(inst, "PLAYED", ["P1"]))).duplicate).toBe(false);
    expect((await applyBody(db.prisma, status(inst, "PLAYED", ["P1"], { momment: T0 + 9000 }))).duplicate).toBe(true);
    // In a group, another member's READ is a new transition (but not a new message status).
    await applyBody(db.prisma, status(inst, "READ", ["P2"], { participant: "5511900000002", participantDevice: 1, phone: "1-group", isGroup: true }));
    const other = await applyBody(db.prisma, status(inst, "READ", ["P2"], { participant: "5511900000003", participantDevice: 0, phone: "1-group", isGroup: true }));
    expect(other.duplicate).toBe(false);
    const ts = await db.prisma.statusTransition.findMany({ where: { instanceId: inst, messageId: "P2" }, orderBy: { participant: "asc" } });
    expect(ts.map((t) => [t.participant, t.device])).toEqual([["5511900000002", 1], ["5511900000003", 0]]);
  });

  test("status before message: the message arrives already READ", async () => {
    const inst = newInstanceId();
    await applyBody(db.prisma, status(inst, "RECEIVED", ["S2"], { momment: T0 + 1000 }));
    await applyBody(db.prisma, status(inst, "READ", ["S2"], { momment: T0 + 2000 }));
    expect(await db.prisma.message.count({ where: { instanceId: inst } })).toBe(0);
    const echo = await applyBody(db.prisma, mine(inst, "S2"));
    expect(echo.changes.find((c) => c.kind === "message:upserted")?.payload).toMatchObject({ status: "READ", statusAt: new Date(T0 + 2000).toISOString() });
    expect(await row(inst, "S2")).toMatchObject({ status: "READ", statusRank: 3, statusAt: new Date(T0 + 2000), readByMeAt: null });
  });

  test("31 ids in one callback: 31 transitions, every known message updated", async () => {
    const inst = newInstanceId();
    const ids = Array.from({ length: 31 }, (_, i) => `M${String(i).padStart(2, "0")}`);
    for (const id of ids.slice(0, 20)) await applyBody(db.prisma, mine(inst, id));
    const r = await applyBody(db.prisma, status(inst, "READ", ids, { momment: T0 + 5000 }));
    expect(r.changes.filter((c) => c.kind === "status:changed")).toHaveLength(31);
    expect(r.changes.filter((c) => c.kind === "message:upserted")).toHaveLength(20);
    expect(await db.prisma.statusTransition.count({ where: { instanceId: inst } })).toBe(31);
    expect(await db.prisma.message.count({ where: { instanceId: inst, status: "READ" } })).toBe(20);
  });

  test("unknown status strings are history only", async () => {
    const inst = newInstanceId();
    await applyBody(db.prisma, mine(inst, "U1"));
    const r = await applyBody(db.prisma, status(inst, "READ-SELF", ["U1"]));
    expect(r.changes.map((c) => c.kind).filter((k) => k !== "instance:upserted")).toEqual(["status:changed"]);
    expect(await row(inst, "U1")).toMatchObject({ status: "SENT", statusRank: 1 });
  });
});

describe("READ_BY_ME", () => {
  test("marks incoming messages read, never their status, and resets unread", async () => {
    const inst = newInstanceId();
    await applyBody(db.prisma, text(inst, "IN1", "one", { momment: T0 }));
    await applyBody(db.prisma, text(inst, "IN2", "two", { momment: T0 + 1000 }));
    await applyBody(db.prisma, text(inst, "IN3", "three", { momment: T0 + 2000 }));
    expect((await db.prisma.chat.findFirstOrThrow({ where: { instanceId: inst } })).unreadCount).toBe(3);
    const r = await applyBody(db.prisma, status(inst, "READ_BY_ME", ["IN1", "IN2"], { momment: T0 + 5000 }));
    expect(await row(inst, "IN1")).toMatchObject({ readByMeAt: new Date(T0 + 5000), status: null, statusRank: 0 });
    const chat = await db.prisma.chat.findFirstOrThrow({ where: { instanceId: inst } });
    expect(chat.unreadCount).toBe(1);
    expect(r.changes.find((c) => c.kind === "chat:upserted")?.payload).toMatchObject({ unreadCount: 1 });
    await applyBody(db.prisma, status(inst, "READ_BY_ME", ["IN3"], { momment: T0 + 6000 }));
    expect((await db.prisma.chat.findFirstOrThrow({ where: { instanceId: inst } })).unreadCount).toBe(0);
  });

  test("a READ_BY_ME stored before its message is applied when the message arrives", async () => {
    const inst = newInstanceId();
    await applyBody(db.prisma, status(inst, "READ_BY_ME", ["IN9"], { momment: T0 + 5000 }));
    await applyBody(db.prisma, text(inst, "IN9", "late"));
    expect(await row(inst, "IN9")).toMatchObject({ readByMeAt: new Date(T0 + 5000), status: null });
  });

  test("is not an outgoing receipt for our own messages", async () => {
    const inst = newInstanceId();
    await applyBody(db.prisma, mine(inst, "OUT1"));
    await applyBody(db.prisma, status(inst, "READ_BY_ME", ["OUT1"]));
    expect(await row(inst, "OUT1")).toMatchObject({ status: "SENT", statusRank: 1 });
  });
});

describe("delivery", () => {
  test("a failure before the echo makes a pending row the echo fills; a later receipt wins over FAILED", async () => {
    const inst = newInstanceId();
    const d = await applyBody(db.prisma, { type: "DeliveryCallback", instanceId: inst, phone: "5511900000001", messageId: "D1", zaapId: "Z1", momment: T0, error: "Timeout on send message" });
    expect(d.changes.map((c) => c.kind)).toEqual(["instance:upserted", "chat:upserted", "message:upserted"]);
    expect(await row(inst, "D1")).toMatchObject({ kind: "pending", fromMe: true, status: "FAILED", statusRank: 0 });
    await applyBody(db.prisma, mine(inst, "D1"));
    expect(await row(inst, "D1")).toMatchObject({ kind: "text", text: "mine D1", status: "FAILED" });
    // The reason travels with the message: in the live change, and read back for a page (lib/messages/attach-failures.ts).
    expect(d.changes.at(-1)?.payload).toMatchObject({ failure: { error: "Timeout on send message", errorCode: null } });
    const [page] = await messagesWithFailures(db.prisma, [await row(inst, "D1")]);
    expect(page?.failure).toEqual({ error: "Timeout on send message", errorCode: null });
    expect(await db.prisma.message.count({ where: { instanceId: inst } })).toBe(1);
    await applyBody(db.prisma, status(inst, "SENT", ["D1"], { momment: T0 + 1000 }));
    expect(await row(inst, "D1")).toMatchObject({ status: "SENT", statusRank: 1 });
    expect((await messagesWithFailures(db.prisma, [await row(inst, "D1")]))[0]?.failure).toBeNull();
    // Same delivery result again: duplicate.
    const again = await applyBody(db.prisma, { type: "DeliveryCallback", instanceId: inst, phone: "5511900000001", messageId: "D1", zaapId: "Z1", momment: T0, error: "Timeout on send message" });
    expect(again.duplicate).toBe(true);
  });

  test("a failure does not override a receipt that arrived first", async () => {
    const inst = newInstanceId();
    await applyBody(db.prisma, status(inst, "RECEIVED", ["D2"]));
    await applyBody(db.prisma, { type: "DeliveryCallback", instanceId: inst, phone: "5511900000001", messageId: "D2", zaapId: "Z2", error: "Error on send message" });
    expect(await row(inst, "D2")).toMatchObject({ status: "RECEIVED", statusRank: 2 });
  });
});

test("a received message's own `status` field is not a receipt", async () => {
  const inst = newInstanceId();
  await applyBody(db.prisma, received(inst, { messageId: "RS", status: "READ", text: { message: "x" } }));
  expect(await row(inst, "RS")).toMatchObject({ status: null, statusRank: 0 });
});
