import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Db } from "@/lib/db/client";
import { listMessageReactions } from "@/lib/messages/list-message-reactions";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { newInstanceId, reaction, T0, text } from "./bodies";
import { runPath, type TPath } from "./run-paths";

// One person, one chat (docs/zapi/EDGE_CASES.md 15, 16, 17; lib/normaliser/pick-same-contact.ts): whether Z-API names a
// contact by number, by its ninth-digit twin or by `@lid`, and when an event shows two stored chats are the same
// person, they merge with their messages, unread and reactions. Every scenario runs through both normaliser
// paths: event by event (lib/normaliser/apply-raw-event.ts) and as one batch (lib/normaliser/apply-batch.ts).

const P = "5511987654321";
const P8 = "551187654321"; // the same number without the ninth digit
const LID_DIGITS = "210987654321098";
const LID = `${LID_DIGITS}@lid`;

let single: TestDatabase;
let batch: TestDatabase;
beforeAll(async () => {
  [single, batch] = await Promise.all([createTestDatabase(), createTestDatabase()]);
});
afterAll(async () => {
  await Promise.all([single?.drop(), batch?.drop()]);
});

const run = (path: TPath, bodies: Record<string, unknown>[]) => runPath({ single, batch }, path, bodies);

const chatsOf = (db: Db, instanceId: string) => db.chat.findMany({ where: { instanceId }, include: { messages: { select: { messageId: true } } } });

const at = (n: number) => ({ momment: T0 + n * 1000 });

describe.each<TPath>(["single", "batch"])("one person, one chat (%s path)", (path) => {
  test("phone with chatLid first, then an event by @lid only: one chat", async () => {
    const inst = newInstanceId();
    const { db } = await run(path, [text(inst, "A1", "oi", { phone: P, chatLid: LID, ...at(1) }), text(inst, "A2", "tudo bem?", { phone: LID, chatLid: LID, ...at(2) })]);
    const chats = await chatsOf(db, inst);
    expect(chats).toHaveLength(1);
    expect(chats[0]).toMatchObject({ phone: P, chatLid: LID, unreadCount: 2 });
    expect(chats[0]?.messages.map((m) => m.messageId).sort()).toEqual(["A1", "A2"]);
  });

  test("phone only, then @lid only (two chats), then an event naming both: merged, messages and unread together", async () => {
    const inst = newInstanceId();
    const { db, kinds } = await run(path, [
      text(inst, "B1", "um", { phone: P, ...at(1) }),
      text(inst, "B2", "dois", { phone: LID, chatLid: LID, chatName: null, ...at(2) }),
      text(inst, "B3", "tres", { phone: P, chatLid: LID, ...at(3) }),
    ]);
    const chats = await chatsOf(db, inst);
    expect(chats).toHaveLength(1);
    expect(chats[0]).toMatchObject({ phone: P, chatLid: LID, unreadCount: 3, lastMessagePreview: "tres" });
    expect(chats[0]?.messages.map((m) => m.messageId).sort()).toEqual(["B1", "B2", "B3"]);
    expect(kinds).toContain("chat:removed");
  });

  test("@lid first, then the number with that chatLid: the LID's chat becomes the number's", async () => {
    const inst = newInstanceId();
    const { db } = await run(path, [text(inst, "C1", "um", { phone: LID, chatLid: LID, ...at(1) }), text(inst, "C2", "dois", { phone: P, chatLid: LID, ...at(2) })]);
    const chats = await chatsOf(db, inst);
    expect(chats).toHaveLength(1);
    expect(chats[0]).toMatchObject({ phone: P, chatLid: LID, unreadCount: 2 });
  });

  test("@lid only, the number only, then the @lid with a chat that carries the LID: the number's chat absorbs the LID's", async () => {
    const inst = newInstanceId();
    const { db } = await run(path, [
      text(inst, "D1", "um", { phone: LID, chatLid: LID, ...at(1) }),
      text(inst, "D2", "dois", { phone: P, ...at(2) }),
      text(inst, "D3", "tres", { phone: P, chatLid: LID, ...at(3) }),
      text(inst, "D4", "quatro", { phone: LID, chatLid: LID, ...at(4) }),
    ]);
    const chats = await chatsOf(db, inst);
    expect(chats).toHaveLength(1);
    expect(chats[0]).toMatchObject({ phone: P, chatLid: LID, unreadCount: 4, lastMessagePreview: "quatro" });
  });

  test("with and without the ninth digit: one chat, in either order", async () => {
    for (const [first, second] of [[P, P8], [P8, P]] as const) {
      const inst = newInstanceId();
      const { db } = await run(path, [text(inst, "E1", "um", { phone: first, ...at(1) }), text(inst, "E2", "dois", { phone: second, ...at(2) })]);
      const chats = await chatsOf(db, inst);
      expect(chats, `${first} then ${second}`).toHaveLength(1);
      expect(chats[0]).toMatchObject({ phone: first, unreadCount: 2 });
    }
  });

  test("a landline-looking number has no ninth-digit twin: two numbers, two chats", async () => {
    const inst = newInstanceId();
    const { db } = await run(path, [text(inst, "F1", "um", { phone: "551132654321", ...at(1) }), text(inst, "F2", "dois", { phone: "5511932654321", ...at(2) })]);
    expect(await chatsOf(db, inst)).toHaveLength(2);
  });

  test("a reaction set by number and removed by LID ends removed", async () => {
    const inst = newInstanceId();
    const target = { messageId: "G1", fromMe: true, phone: P, participant: null };
    const { db } = await run(path, [
      text(inst, "G1", "minha mensagem", { phone: P, fromMe: true, ...at(1) }),
      reaction(inst, "G1", "👍", T0 + 2000, { phone: P, reaction: { value: "👍", time: T0 + 2000, reactionBy: P, referencedMessage: target } }),
      // The LID is learned only now, then the removal comes keyed by the bare LID digits.
      text(inst, "G2", "oi", { phone: P, chatLid: LID, ...at(3) }),
      reaction(inst, "G1", "", T0 + 4000, { phone: LID, chatLid: LID, reaction: { value: "", time: T0 + 4000, reactionBy: LID_DIGITS, referencedMessage: target } }),
    ]);
    const rows = await db.reaction.findMany({ where: { instanceId: inst } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ value: "", reactor: P });
    expect(await listMessageReactions(db, inst, ["G1"])).toEqual([]);
  });

  test("a reaction set by number in one chat and removed by @lid in another, before the chats merge, ends removed", async () => {
    const inst = newInstanceId();
    const target = { messageId: "H1", fromMe: true, phone: P, participant: null };
    const { db } = await run(path, [
      text(inst, "H1", "minha mensagem", { phone: P, fromMe: true, ...at(1) }),
      reaction(inst, "H1", "❤️", T0 + 2000, { phone: P, reaction: { value: "❤️", time: T0 + 2000, reactionBy: P8, referencedMessage: target } }),
      text(inst, "H2", "oi", { phone: LID, chatLid: LID, ...at(3) }),
      reaction(inst, "H1", "", T0 + 4000, { phone: LID, chatLid: LID, reaction: { value: "", time: T0 + 4000, reactionBy: LID, referencedMessage: target } }),
      text(inst, "H3", "sou eu", { phone: P, chatLid: LID, ...at(5) }),
    ]);
    expect(await chatsOf(db, inst)).toHaveLength(1);
    const rows = await db.reaction.findMany({ where: { instanceId: inst } });
    expect(rows).toMatchObject([{ value: "", reactor: P }]);
  });
});
