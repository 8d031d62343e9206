import { afterAll, beforeAll, expect, test } from "vitest";
import { findStuckMessages } from "@/lib/messages/find-stuck-messages";
import { markStuckMessages } from "@/lib/messages/mark-stuck-messages";
import { setStuckThreshold } from "@/lib/instances/set-stuck-threshold";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { applyBody } from "../normaliser/apply-helpers";
import { newInstanceId, status, T0, text } from "../normaliser/bodies";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

const MIN = 60_000;
const mine = (inst: string, id: string, at: number) => text(inst, id, `mine ${id}`, { fromMe: true, fromApi: true, momment: at });
const stuckIds = async (inst: string, now: number) => (await findStuckMessages(db.prisma, { instanceId: inst, now: new Date(now) })).map((m) => m.messageId);
const flag = async (inst: string, id: string) =>
  (await db.prisma.message.findUniqueOrThrow({ where: { instanceId_messageId: { instanceId: inst, messageId: id } } })).stuckAt;

test("a message unconfirmed past the threshold is flagged once, and cleared once a receipt comes", async () => {
  const inst = newInstanceId();
  await applyBody(db.prisma, mine(inst, "K1", T0));
  await applyBody(db.prisma, mine(inst, "K2", T0 + 8 * MIN));
  await applyBody(db.prisma, { type: "DeliveryCallback", instanceId: inst, phone: "5511900000001", messageId: "K3", zaapId: "Z3", momment: T0, error: "Timeout on send message" });

  // 11 minutes on: K1 is past the default 10, K2 is not, K3 failed (a failure is not stuck).
  const now = T0 + 11 * MIN;
  expect(await stuckIds(inst, now)).toEqual(["K1"]);
  const first = await markStuckMessages(db.prisma, new Date(now));
  expect(first.filter((e) => e.instanceId === inst)).toEqual([{ instanceId: inst, flagged: ["K1"], cleared: [], stuckNow: 1, at: new Date(now).toISOString() }]);
  expect(await flag(inst, "K1")).toEqual(new Date(now));
  const changes = await db.prisma.change.findMany({ where: { kind: "stuck:changed" }, orderBy: { seq: "asc" } });
  expect(changes.some((c) => (c.payload as { instanceId: string }).instanceId === inst)).toBe(true);
  // The same check again: nothing new.
  expect((await markStuckMessages(db.prisma, new Date(now + 1000))).filter((e) => e.instanceId === inst)).toEqual([]);

  // K2 becomes stuck too; then K1 is delivered: cleared.
  const later = T0 + 19 * MIN;
  await applyBody(db.prisma, status(inst, "RECEIVED", ["K1"], { momment: later - MIN }));
  expect(await stuckIds(inst, later)).toEqual(["K2"]);
  const second = (await markStuckMessages(db.prisma, new Date(later))).filter((e) => e.instanceId === inst);
  expect(second).toEqual([{ instanceId: inst, flagged: ["K2"], cleared: ["K1"], stuckNow: 1, at: new Date(later).toISOString() }]);
  expect(await flag(inst, "K1")).toBeNull();
});

test("the threshold is per instance; a group member's receipt counts as confirmation", async () => {
  const inst = newInstanceId();
  await applyBody(db.prisma, mine(inst, "L1", T0));
  await applyBody(db.prisma, text(inst, "L2", "to the group", { fromMe: true, fromApi: true, momment: T0, phone: "120363000000000009-group", isGroup: true }));
  expect(await setStuckThreshold(db.prisma, inst, 30 * 60)).toBe(true);
  expect(await setStuckThreshold(db.prisma, "NO-SUCH-INSTANCE", 600)).toBe(false);
  expect(await stuckIds(inst, T0 + 20 * MIN)).toEqual([]);
  expect((await stuckIds(inst, T0 + 31 * MIN)).sort()).toEqual(["L1", "L2"]);
  await applyBody(db.prisma, status(inst, "RECEIVED", ["L2"], { momment: T0 + MIN, phone: "120363000000000009-group", isGroup: true, participant: "5511900000002", participantDevice: 0 }));
  expect(await stuckIds(inst, T0 + 31 * MIN)).toEqual(["L1"]);
});
