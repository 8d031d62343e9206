import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { applyBody, domainCounts, reapply } from "./apply-helpers";
import { newInstanceId, received, T0, text } from "./bodies";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

const kinds = (changes: { kind: string }[]) => changes.map((c) => c.kind);

describe("duplicates", () => {
  test("the same message 9× with different momment is one row, counted once, duplicate from the 2nd", async () => {
    const inst = newInstanceId();
    const results = [];
    for (let i = 0; i < 9; i++) results.push(await applyBody(db.prisma, text(inst, "DUP1", "hello", { momment: T0 + i * 20_000 })));
    expect(results.map((r) => r.duplicate)).toEqual([false, true, true, true, true, true, true, true, true]);
    expect(results.every((r) => r.result === "ok")).toBe(true);
    expect(kinds(results[0]?.changes ?? [])).toEqual(["instance:upserted", "chat:upserted", "message:upserted"]);
    for (const r of results.slice(1)) expect(kinds(r.changes).filter((k) => k !== "instance:upserted")).toEqual([]);
    const rows = await db.prisma.message.findMany({ where: { instanceId: inst } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.sentAt.getTime()).toBe(T0);
    const chat = await db.prisma.chat.findFirstOrThrow({ where: { instanceId: inst } });
    expect(chat.unreadCount).toBe(1);
  });

  test("applying the same raw event twice adds no rows and reports a duplicate", async () => {
    const inst = newInstanceId();
    const first = await applyBody(db.prisma, text(inst, "TWICE", "hi"));
    const before = await domainCounts(db.prisma, inst);
    const raw = await db.prisma.rawEvent.findUniqueOrThrow({ where: { id: first.rawId } });
    const second = await reapply(db.prisma, raw);
    expect(first.duplicate).toBe(false);
    expect(second).toMatchObject({ result: "ok", duplicate: true, changes: [] });
    expect(await domainCounts(db.prisma, inst)).toEqual(before);
    expect(before.messages).toBe(1);
  });
});

describe("waiting messages", () => {
  test("a waiting placeholder is filled by its content under the same id, not counted twice", async () => {
    const inst = newInstanceId();
    const waiting = await applyBody(db.prisma, received(inst, { messageId: "W1", waitingMessage: true }));
    expect(waiting.duplicate).toBe(false);
    const again = await applyBody(db.prisma, received(inst, { messageId: "W1", waitingMessage: true, momment: T0 + 1000 }));
    expect(again.duplicate).toBe(true);
    const content = await applyBody(db.prisma, text(inst, "W1", "finally decrypted", { momment: T0 + 5000 }));
    expect(content.duplicate).toBe(false);
    expect(kinds(content.changes)).toContain("message:upserted");
    const rows = await db.prisma.message.findMany({ where: { instanceId: inst } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: "text", text: "finally decrypted", sentAt: new Date(T0) });
    const chat = await db.prisma.chat.findFirstOrThrow({ where: { instanceId: inst } });
    expect(chat).toMatchObject({ unreadCount: 1, lastMessagePreview: "finally decrypted" });
    expect((await applyBody(db.prisma, text(inst, "W1", "finally decrypted"))).duplicate).toBe(true);
  });
});

describe("edits", () => {
  test("an edit updates the original, keeps the old text, and a repeat is a duplicate", async () => {
    const inst = newInstanceId();
    await applyBody(db.prisma, text(inst, "E1", "helo"));
    const edit = text(inst, "E1", "hello", { isEdit: true, editMessageId: "E1-EDIT", momment: T0 + 60_000 });
    const first = await applyBody(db.prisma, edit);
    expect(first.duplicate).toBe(false);
    expect(kinds(first.changes)).toContain("message:upserted");
    const row = await db.prisma.message.findUniqueOrThrow({ where: { instanceId_messageId: { instanceId: inst, messageId: "E1" } }, include: { edits: true } });
    expect(row).toMatchObject({ text: "hello", editedAt: new Date(T0 + 60_000), content: { message: "hello" } });
    expect(row.edits).toHaveLength(1);
    expect(row.edits[0]).toMatchObject({ editMessageId: "E1-EDIT", previousText: "helo", newText: "hello", previousContent: { message: "helo" } });
    const repeat = await applyBody(db.prisma, { ...edit, momment: T0 + 61_000 });
    expect(repeat.duplicate).toBe(true);
    expect(await db.prisma.messageEdit.count({ where: { messageRowId: row.id } })).toBe(1);
    expect(await db.prisma.message.count({ where: { instanceId: inst } })).toBe(1);
  });

  test("a media caption edit keeps the media url the edit payload nulls out", async () => {
    const inst = newInstanceId();
    const video = { videoUrl: "https://media/v.mp4", caption: "old", mimeType: "video/mp4", seconds: 3, isGif: false };
    await applyBody(db.prisma, received(inst, { messageId: "V1", video }));
    await applyBody(db.prisma, received(inst, {
      messageId: "V1", isEdit: true, editMessageId: "V1-E", momment: T0 + 1000,
      video: { videoUrl: null, caption: "new", mimeType: "", width: 0, height: 0, seconds: 0, viewOnce: false, isGif: false },
    }));
    const row = await db.prisma.message.findFirstOrThrow({ where: { instanceId: inst } });
    expect(row).toMatchObject({ kind: "video", text: "new", content: { videoUrl: "https://media/v.mp4", caption: "new", mimeType: "video/mp4", seconds: 3 } });
  });

  test("an edit of an unseen message creates it; an older edit arriving late does not roll it back", async () => {
    const inst = newInstanceId();
    await applyBody(db.prisma, text(inst, "E2", "third", { isEdit: true, editMessageId: "E2-b", momment: T0 + 2000 }));
    let row = await db.prisma.message.findFirstOrThrow({ where: { instanceId: inst }, include: { edits: true } });
    expect(row).toMatchObject({ messageId: "E2", kind: "text", text: "third" });
    expect(row.edits).toEqual([expect.objectContaining({ editMessageId: "E2-b", previousText: null })]);
    const late = await applyBody(db.prisma, text(inst, "E2", "second", { isEdit: true, editMessageId: "E2-a", momment: T0 + 1000 }));
    expect(late.duplicate).toBe(false);
    row = await db.prisma.message.findFirstOrThrow({ where: { instanceId: inst }, include: { edits: true } });
    expect(row.text).toBe("third");
    expect(row.edits).toHaveLength(2);
    // The original arriving after its edits is a duplicate and does not overwrite the edited text.
    expect((await applyBody(db.prisma, text(inst, "E2", "first"))).duplicate).toBe(true);
    expect((await db.prisma.message.findFirstOrThrow({ where: { instanceId: inst } })).text).toBe("third");
  });
});

describe("revoke", () => {
  const revoke = (inst: string, messageId: string, momment: number) =>
    received(inst, { messageId, momment, notification: "REVOKE", notificationParameters: [], senderName: "Contato" });

  test("after the message: deletedAt is set, content kept, no new row, a repeat is a duplicate", async () => {
    const inst = newInstanceId();
    await applyBody(db.prisma, text(inst, "X1", "oops"));
    const r = await applyBody(db.prisma, revoke(inst, "X1", T0 + 5000));
    expect(r.duplicate).toBe(false);
    const rows = await db.prisma.message.findMany({ where: { instanceId: inst } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: "text", text: "oops", deletedAt: new Date(T0 + 5000), notification: null });
    expect((await applyBody(db.prisma, revoke(inst, "X1", T0 + 9000))).duplicate).toBe(true);
  });

  test("before the message: a placeholder whose deletedAt survives the content, without an unread", async () => {
    const inst = newInstanceId();
    await applyBody(db.prisma, revoke(inst, "X2", T0 + 5000));
    let row = await db.prisma.message.findFirstOrThrow({ where: { instanceId: inst } });
    expect(row).toMatchObject({ messageId: "X2", kind: "revoked", deletedAt: new Date(T0 + 5000) });
    const late = await applyBody(db.prisma, text(inst, "X2", "what was deleted"));
    expect(late.duplicate).toBe(false);
    row = await db.prisma.message.findFirstOrThrow({ where: { instanceId: inst } });
    expect(row).toMatchObject({ kind: "text", text: "what was deleted", deletedAt: new Date(T0 + 5000), sentAt: new Date(T0) });
    expect(await db.prisma.message.count({ where: { instanceId: inst } })).toBe(1);
    expect((await db.prisma.chat.findFirstOrThrow({ where: { instanceId: inst } })).unreadCount).toBe(0);
  });
});

describe("notifications", () => {
  test("call events sharing one messageId are separate rows; id-less ones get a synthetic id", async () => {
    const inst = newInstanceId();
    for (const notification of ["CALL_RECEIVED", "CALL_MISSED"]) {
      await applyBody(db.prisma, received(inst, { messageId: "CALL1", callId: "CALL1", notification, notificationParameters: [] }));
    }
    await applyBody(db.prisma, received(inst, { notification: "PROFILE_NAME_UPDATED", profileName: "New", fromMe: true }));
    const rows = await db.prisma.message.findMany({ where: { instanceId: inst }, orderBy: { messageId: "asc" } });
    expect(rows.map((r) => r.messageId)).toEqual(["n:CALL_MISSED:CALL1", "n:CALL_RECEIVED:CALL1", `n:PROFILE_NAME_UPDATED:5511900000001:${T0}`]);
    expect(rows[2]).toMatchObject({ kind: "notification", content: { profileName: "New" }, status: null });
    expect((await db.prisma.chat.findFirstOrThrow({ where: { instanceId: inst } })).unreadCount).toBe(0);
  });
});

describe("chats", () => {
  test("a chat first seen by LID and later by number is one chat, renamed to the number", async () => {
    const inst = newInstanceId();
    await applyBody(db.prisma, received(inst, { messageId: "L1", phone: "777@lid", chatLid: "777@lid", notification: "CALL_MISSED_VOICE", notificationParameters: [] }));
    await applyBody(db.prisma, text(inst, "L2", "now with number", { phone: "5511977777777", chatLid: "777@lid", chatName: "Maria" }));
    const chats = await db.prisma.chat.findMany({ where: { instanceId: inst } });
    expect(chats).toHaveLength(1);
    expect(chats[0]).toMatchObject({ phone: "5511977777777", chatLid: "777@lid", name: "Maria", kind: "private" });
    // And an event that only knows the LID again lands on the same chat.
    await applyBody(db.prisma, { type: "PresenceChatCallback", instanceId: inst, phone: "777@lid", status: "COMPOSING", lastSeen: null });
    expect(await db.prisma.chat.count({ where: { instanceId: inst } })).toBe(1);
    expect(await db.prisma.message.count({ where: { instanceId: inst, chatId: chats[0]?.id } })).toBe(2);
  });

  test("group chats take the group name and photo, never the sender's", async () => {
    const inst = newInstanceId();
    await applyBody(db.prisma, text(inst, "G1", "hi all", {
      phone: "120363000000000001-group", isGroup: true, chatName: "Grupo", senderName: "Ana", photo: "https://g", senderPhoto: "https://a",
      participantPhone: "5511900000009", participantLid: "9@lid",
    }));
    const m = await db.prisma.message.findFirstOrThrow({ where: { instanceId: inst }, include: { chat: true } });
    expect(m.chat).toMatchObject({ kind: "group", name: "Grupo", photoUrl: "https://g", chatLid: null });
    expect(m).toMatchObject({ senderPhone: "5511900000009", senderLid: "9@lid", senderName: "Ana" });
  });

  test("status posts do not count as unread", async () => {
    const inst = newInstanceId();
    await applyBody(db.prisma, text(inst, "ST1", "my status", { phone: "status@broadcast", participantPhone: "5511900000004" }));
    const m = await db.prisma.message.findFirstOrThrow({ where: { instanceId: inst }, include: { chat: true } });
    expect(m.chat).toMatchObject({ kind: "status", unreadCount: 0, lastMessagePreview: "my status" });
    expect(m.senderPhone).toBe("5511900000004");
  });
});
