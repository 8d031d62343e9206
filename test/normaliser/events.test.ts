import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { applyBody, domainCounts } from "./apply-helpers";
import { newInstanceId, reaction, status, T0, text } from "./bodies";
import { loadFixture } from "./fixtures";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

const nothing = { instances: 0, chats: 0, messages: 0, edits: 0, transitions: 0, deliveries: 0, reactions: 0, connections: 0, presences: 0 };

describe("rejected bodies write nothing", () => {
  test("unknown type → unrecognized", async () => {
    const inst = newInstanceId();
    const r = await applyBody(db.prisma, { type: "ReactionCallback", instanceId: inst, phone: "1" });
    expect(r).toMatchObject({ result: "unrecognized", type: "ReactionCallback", instanceId: inst, duplicate: false, changes: [] });
    expect(r.error).toMatch(/unknown type/);
    expect(await domainCounts(db.prisma, inst)).toEqual(nothing);
  });

  test("known type with a wrong shape (ids: \"x\") → unrecognized with a short summary", async () => {
    const inst = newInstanceId();
    const r = await applyBody(db.prisma, { ...status(inst, "READ", []), ids: "x" });
    expect(r).toMatchObject({ result: "unrecognized", type: "MessageStatusCallback", instanceId: inst, changes: [] });
    expect(r.error).toMatch(/ids/);
    expect(await domainCounts(db.prisma, inst)).toEqual(nothing);
  });

  test("invalid JSON and base64 bodies → invalid", async () => {
    const bad = await applyBody(db.prisma, '{"type": "ReceivedCallback", ');
    expect(bad).toMatchObject({ result: "invalid", type: null, instanceId: null, changes: [] });
    const b64 = await applyBody(db.prisma, Buffer.from(JSON.stringify(text("B64", "m", "x"))).toString("base64"), { bodyEncoding: "base64" });
    expect(b64.result).toBe("invalid");
    expect(await db.prisma.instance.count({ where: { id: "B64" } })).toBe(0);
  });
});

describe("connection", () => {
  test("Disconnected momment in seconds lands in 2020", async () => {
    const inst = newInstanceId();
    await applyBody(db.prisma, { ...loadFixture("disconnected.json"), instanceId: inst });
    const event = await db.prisma.connectionEvent.findFirstOrThrow({ where: { instanceId: inst } });
    expect(event.at.toISOString()).toBe("2020-01-27T22:15:42.000Z");
    expect(await db.prisma.instance.findUniqueOrThrow({ where: { id: inst } })).toMatchObject({ state: "disconnected", disconnectReason: "Device has been disconnected" });
  });

  test("an older event arriving late is recorded but does not flip the state back", async () => {
    const inst = newInstanceId();
    await applyBody(db.prisma, { type: "DisconnectedCallback", instanceId: inst, momment: T0 + 60_000, error: "lost", disconnected: true });
    const late = await applyBody(db.prisma, { type: "ConnectedCallback", instanceId: inst, momment: T0, connected: true, phone: "5511900000000", isBusiness: true });
    expect(late.duplicate).toBe(false);
    expect(await db.prisma.connectionEvent.count({ where: { instanceId: inst } })).toBe(2);
    expect(await db.prisma.instance.findUniqueOrThrow({ where: { id: inst } })).toMatchObject({ state: "disconnected", stateChangedAt: new Date(T0 + 60_000), phone: null });
    const newer = await applyBody(db.prisma, { type: "ConnectedCallback", instanceId: inst, momment: T0 + 120_000, connected: true, phone: "5511900000000", isBusiness: true });
    expect(newer.changes.find((c) => c.kind === "instance:upserted")?.payload).toMatchObject({ state: "connected", phone: "5511900000000", isBusiness: true, disconnectReason: null });
    const repeat = await applyBody(db.prisma, { type: "ConnectedCallback", instanceId: inst, momment: T0 + 120_000, connected: true, phone: "5511900000000" });
    expect(repeat.duplicate).toBe(true);
  });
});

describe("instance heartbeat", () => {
  test("lastEventAt follows arrival; an instance change is announced only after 30 s or a state change", async () => {
    const inst = newInstanceId();
    const t = Date.UTC(2026, 5, 1, 12);
    const at = (ms: number) => ({ receivedAt: new Date(t + ms) });
    const announced = async (ms: number, body: unknown) => (await applyBody(db.prisma, body, at(ms))).changes.some((c) => c.kind === "instance:upserted");
    expect(await announced(0, text(inst, "H1", "a"))).toBe(true);
    expect(await announced(10_000, text(inst, "H2", "b"))).toBe(false);
    expect(await announced(25_000, text(inst, "H3", "c"))).toBe(false);
    expect(await announced(56_000, text(inst, "H4", "d"))).toBe(true);
    expect(await announced(5_000, text(inst, "H5", "late arrival order"))).toBe(false);
    expect((await db.prisma.instance.findUniqueOrThrow({ where: { id: inst } })).lastEventAt).toEqual(new Date(t + 56_000));
  });
});

describe("presence", () => {
  test("creates the chat, keeps the newest by arrival, ignores an older arrival", async () => {
    const inst = newInstanceId();
    const body = (s: string) => ({ type: "PresenceChatCallback", instanceId: inst, phone: "5511900000001", status: s, lastSeen: null });
    const t = Date.UTC(2026, 5, 1, 12);
    const first = await applyBody(db.prisma, body("COMPOSING"), { receivedAt: new Date(t + 1000) });
    expect(first.changes.map((c) => c.kind)).toEqual(["instance:upserted", "chat:upserted", "presence:changed"]);
    const older = await applyBody(db.prisma, body("AVAILABLE"), { receivedAt: new Date(t) });
    expect(older).toMatchObject({ duplicate: true });
    const newer = await applyBody(db.prisma, body("PAUSED"), { receivedAt: new Date(t + 2000) });
    expect(newer.changes.find((c) => c.kind === "presence:changed")?.payload).toMatchObject({ status: "PAUSED", phone: "5511900000001", instanceId: inst });
    const rows = await db.prisma.presence.findMany({ where: { chat: { instanceId: inst } } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.status).toBe("PAUSED");
  });
});

describe("reactions", () => {
  test("set, removed, and an older reaction arriving late does not bring it back", async () => {
    const inst = newInstanceId();
    const set = await applyBody(db.prisma, reaction(inst, "TGT", "👍", T0 + 1000));
    expect(set.duplicate).toBe(false);
    // Not a message: only the message's chips are announced (lib/normaliser/reaction-chips-of.ts).
    expect(set.changes.filter((c) => c.kind !== "instance:upserted")).toEqual([
      { kind: "reaction:changed", payload: { instanceId: inst, messageId: "TGT", chips: [{ value: "👍", count: 1, mine: false }] } },
    ]);
    await applyBody(db.prisma, reaction(inst, "TGT", "", T0 + 2000));
    const late = await applyBody(db.prisma, reaction(inst, "TGT", "😂", T0 + 1500));
    expect(late.duplicate).toBe(true);
    const rows = await db.prisma.reaction.findMany({ where: { instanceId: inst } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ value: "", reactedAt: new Date(T0 + 2000), reactor: "5511900000001" });
    expect(await db.prisma.message.count({ where: { instanceId: inst } })).toBe(0);
  });

  test("our own reaction without reactionBy is attributed to the connected number", async () => {
    const inst = newInstanceId();
    const body = reaction(inst, "TGT2", "🔥", T0, { fromMe: true });
    const r = body.reaction as Record<string, unknown>;
    delete r.reactionBy;
    await applyBody(db.prisma, body);
    expect(await db.prisma.reaction.findFirstOrThrow({ where: { instanceId: inst } })).toMatchObject({ reactor: "5511900000000", fromMe: true });
  });
});
