import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Db } from "@/lib/db/client";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { newInstanceId, status, T0, text } from "./bodies";
import { runPath, type TPath } from "./run-paths";

// Unread that matches the phone (lib/normaliser/unread-rule.ts): answering from the phone or the API (a fromMe
// message) reads the chat; READ_BY_ME reads it up to the message read, also when the receipt comes first
// (docs/zapi/EDGE_CASES.md 19); Status posts are never unread. Both normaliser paths.

let single: TestDatabase;
let batch: TestDatabase;
beforeAll(async () => {
  [single, batch] = await Promise.all([createTestDatabase(), createTestDatabase()]);
});
afterAll(async () => {
  await Promise.all([single?.drop(), batch?.drop()]);
});

const run = (path: TPath, bodies: Record<string, unknown>[]) => runPath({ single, batch }, path, bodies);
const unreadOf = async (db: Db, instanceId: string, phone = "5511900000001") =>
  (await db.chat.findUniqueOrThrow({ where: { instanceId_phone: { instanceId, phone } } })).unreadCount;
const at = (n: number) => ({ momment: T0 + n * 1000 });

describe.each<TPath>(["single", "batch"])("unread (%s path)", (path) => {
  test("our reply resets unread; what arrives after it counts again", async () => {
    const inst = newInstanceId();
    const { db } = await run(path, [
      text(inst, "U1", "oi", at(1)),
      text(inst, "U2", "alô?", at(2)),
      text(inst, "U3", "diga", { fromMe: true, ...at(3) }),
    ]);
    expect(await unreadOf(db, inst)).toBe(0);
    await run(path, [text(inst, "U4", "então", at(4))]);
    expect(await unreadOf(db, inst)).toBe(1);
  });

  test("a reply sent from the API (fromApi) resets it too; an older reply arriving late does not", async () => {
    const inst = newInstanceId();
    const { db } = await run(path, [text(inst, "V1", "oi", at(5)), text(inst, "V0", "antes", { fromMe: true, ...at(1) })]);
    expect(await unreadOf(db, inst)).toBe(1);
    await run(path, [text(inst, "V2", "resposta", { fromMe: true, fromApi: true, ...at(6) })]);
    expect(await unreadOf(db, inst)).toBe(0);
  });

  test("READ_BY_ME resets unread up to the message read", async () => {
    const inst = newInstanceId();
    const { db } = await run(path, [text(inst, "W1", "um", at(1)), text(inst, "W2", "dois", at(2)), text(inst, "W3", "tres", at(3))]);
    expect(await unreadOf(db, inst)).toBe(3);
    await run(path, [status(inst, "READ_BY_ME", ["W2"], at(4))]);
    expect(await unreadOf(db, inst)).toBe(1);
  });

  test("READ_BY_ME arriving before its message: the message is not unread", async () => {
    const inst = newInstanceId();
    const { db } = await run(path, [status(inst, "READ_BY_ME", ["X1"], at(2)), text(inst, "X1", "já lida", at(1))]);
    expect(await unreadOf(db, inst)).toBe(0);
  });

  test("Status posts are not unread chat messages", async () => {
    const inst = newInstanceId();
    const { db } = await run(path, [text(inst, "Y1", "meu status", { phone: "status@broadcast", ...at(1) })]);
    expect(await unreadOf(db, inst, "status@broadcast")).toBe(0);
  });
});
