import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { getMessageDetail } from "@/lib/messages/get-message-detail";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { applyBody } from "../normaliser/apply-helpers";
import { newInstanceId, received, status, T0, text } from "../normaliser/bodies";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

/** A fixed permutation (seeded), so a failure names the same order every run. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const timeline = async (inst: string, id: string) => {
  const detail = await getMessageDetail(db.prisma, inst, id);
  if (!detail) throw new Error(`no message ${id}`);
  return detail;
};

describe("private message", () => {
  test("shuffled, duplicated and late receipts give each step its first stored time and never move back", async () => {
    const inst = newInstanceId();
    const receipts = [
      status(inst, "SENT", ["P1"], { momment: T0 + 1_000 }),
      status(inst, "RECEIVED", ["P1"], { momment: T0 + 3_000 }),
      status(inst, "READ", ["P1"], { momment: T0 + 10_000 }),
      status(inst, "READ", ["P1"], { momment: T0 + 12_000 }), // a repeat with a later time: not the read time
      status(inst, "SENT", ["P1"], { momment: T0 + 1_000 }), // the same callback delivered twice
    ];
    const order = shuffled(receipts, 7);
    // The READ always comes before the SENT and RECEIVED here, so those two arrive late.
    const late = [receipts[2], ...order.filter((r) => r !== receipts[2])];
    await applyBody(db.prisma, text(inst, "P1", "hello", { fromMe: true, fromApi: true, momment: T0 }));
    for (const body of late) await applyBody(db.prisma, body);

    const detail = await timeline(inst, "P1");
    expect(detail.status).toBe("READ");
    const steps = detail.timeline.steps.map((s) => [s.step, s.reached, s.at, s.sincePreviousMs]);
    expect(steps).toEqual([
      ["sent", true, new Date(T0 + 1_000).toISOString(), null],
      ["delivered", true, new Date(T0 + 3_000).toISOString(), 2_000],
      ["read", true, new Date(T0 + 10_000).toISOString(), 7_000],
    ]);
    // Three stored callbacks (the repeats are duplicates of a stored key); the two that came after READ are late.
    expect(detail.timeline.raw.map((r) => [r.status, r.late])).toEqual([["READ", false], ["SENT", true], ["RECEIVED", true]]);
  });

  test("a failed send shows its error and code", async () => {
    const inst = newInstanceId();
    await applyBody(db.prisma, { type: "DeliveryCallback", instanceId: inst, phone: "5511900000001", messageId: "F1", zaapId: "ZF1", momment: T0, error: "The message was not sent due to a likely shadow ban", errorCode: "SHADOW_BAN" });
    const detail = await timeline(inst, "F1");
    expect(detail.status).toBe("FAILED");
    expect(detail.timeline.steps).toEqual([
      expect.objectContaining({ step: "queued", zaapId: "ZF1" }),
      expect.objectContaining({ step: "failed", at: new Date(T0).toISOString(), error: "The message was not sent due to a likely shadow ban", errorCode: "SHADOW_BAN" }),
    ]);
  });

  test("an incoming message shows when we read it, and an edit and the deletion in time order", async () => {
    const inst = newInstanceId();
    await applyBody(db.prisma, text(inst, "I1", "hi", { momment: T0 }));
    await applyBody(db.prisma, status(inst, "READ_BY_ME", ["I1"], { momment: T0 + 5_000 }));
    await applyBody(db.prisma, text(inst, "I1", "hi again", { momment: T0 + 8_000, isEdit: true, editMessageId: "E1" }));
    await applyBody(db.prisma, received(inst, { messageId: "I1", momment: T0 + 9_000, notification: "REVOKE", notificationParameters: [], senderName: "Contato" }));
    const detail = await timeline(inst, "I1");
    expect(detail.timeline.direction).toBe("incoming");
    expect(detail.timeline.steps.map((s) => s.step)).toEqual(["received", "readByMe", "edited", "deleted"]);
    expect(detail.timeline.steps[1]).toMatchObject({ step: "readByMe", reached: true, at: new Date(T0 + 5_000).toISOString(), sincePreviousMs: 5_000 });
    expect(detail.timeline.steps[2]).toMatchObject({ step: "edited", text: "hi again" });
  });
});

describe("group message", () => {
  const group = { phone: "120363000000000001-group", isGroup: true };
  const member = (n: number) => ({ participant: `55119000000${String(n).padStart(2, "0")}`, participantDevice: 0 });

  test("members' receipts, shuffled and repeated, are listed per member; the ticks follow the group rule", async () => {
    const inst = newInstanceId();
    await applyBody(db.prisma, text(inst, "G1", "hi all", { ...group, fromMe: true, fromApi: true, momment: T0 }));
    const receipts = [
      status(inst, "SENT", ["G1"], { ...group, momment: T0 + 500, phoneDevice: 0 }),
      status(inst, "RECEIVED", ["G1"], { ...group, ...member(1), momment: T0 + 1_000 }),
      status(inst, "RECEIVED", ["G1"], { ...group, ...member(2), momment: T0 + 2_000 }),
      status(inst, "READ", ["G1"], { ...group, ...member(1), momment: T0 + 4_000 }),
      status(inst, "READ", ["G1"], { ...group, ...member(3), momment: T0 + 6_000 }),
      status(inst, "READ", ["G1"], { ...group, ...member(1), momment: T0 + 9_000 }),
    ];
    for (const body of shuffled([...receipts, receipts[3] as Record<string, unknown>], 11)) await applyBody(db.prisma, body);

    const detail = await timeline(inst, "G1");
    // Vigia has no member list: one member reading must not turn the whole message read.
    expect(detail.status).toBe("SENT");
    expect(detail.timeline.participantsKnown).toBe(false);
    expect(detail.timeline.participants).toEqual([
      { participant: "5511900000001", receivedAt: new Date(T0 + 1_000).toISOString(), readAt: new Date(T0 + 4_000).toISOString(), playedAt: null },
      { participant: "5511900000002", receivedAt: new Date(T0 + 2_000).toISOString(), readAt: null, playedAt: null },
      { participant: "5511900000003", receivedAt: null, readAt: new Date(T0 + 6_000).toISOString(), playedAt: null },
    ]);
    const byStep = new Map(detail.timeline.steps.map((s) => [s.step, s]));
    // A member who read it has received it: 3 received, 2 read.
    expect(byStep.get("sent")).toMatchObject({ reached: true, at: new Date(T0 + 500).toISOString() });
    expect(byStep.get("sent")).not.toHaveProperty("count");
    expect(byStep.get("delivered")).toMatchObject({ reached: false, count: 3 });
    expect(byStep.get("read")).toMatchObject({ reached: false, count: 2 });
    expect(byStep.has("played")).toBe(false);
  });
});
