import { afterAll, beforeAll, expect, test } from "vitest";
import { listChatPage } from "@/lib/chats/list-chat-page";
import { markChatOpened } from "@/lib/chats/mark-chat-opened";
import { unreadForViewer } from "@/lib/chats/unread-for-viewer";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { applyBody } from "@/test/normaliser/apply-helpers";
import { newInstanceId, T0, text } from "@/test/normaliser/bodies";

// Per-user "last opened" (lib/chats/mark-chat-opened.ts): opening a chat clears its badge for that user only,
// what arrives after counts again, and the mark is announced on the change stream.

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

const user = (email: string) => db.prisma.user.create({ data: { email, passwordHash: "x", role: "viewer" } });

test("opening a chat clears its unread for that user only; a newer message counts again", async () => {
  const [ana, bia] = [await user("ana@example.test"), await user("bia@example.test")];
  const inst = newInstanceId();
  await applyBody(db.prisma, text(inst, "O1", "um", { momment: T0 + 1000 }));
  await applyBody(db.prisma, text(inst, "O2", "dois", { momment: T0 + 2000 }));
  const badge = async (userId: string) => {
    const page = await listChatPage(db.prisma, { instanceId: inst, limit: 50 }, userId);
    const chat = page.items[0];
    if (!chat) throw new Error("no chat");
    return unreadForViewer(chat, page.opened.find((m) => m.chatId === chat.id));
  };
  expect([await badge(ana.id), await badge(bia.id)]).toEqual([2, 2]);

  const chat = await db.prisma.chat.findFirstOrThrow({ where: { instanceId: inst } });
  const mark = await markChatOpened(db.prisma, ana.id, chat.id);
  expect(mark).toMatchObject({ chatId: chat.id, unreadBase: 2 });
  expect([await badge(ana.id), await badge(bia.id)]).toEqual([0, 2]);
  // Vigia only observes: the phone's own count is untouched.
  expect((await db.prisma.chat.findUniqueOrThrow({ where: { id: chat.id } })).unreadCount).toBe(2);

  await applyBody(db.prisma, text(inst, "O3", "tres", { momment: Date.now() + 60_000 }));
  expect([await badge(ana.id), await badge(bia.id)]).toEqual([1, 3]);

  const change = await db.prisma.change.findFirst({ where: { kind: "chat:opened" }, orderBy: { seq: "desc" } });
  expect(change?.payload).toMatchObject({ userId: ana.id, chatId: chat.id, unreadBase: 2 });
});

test("an unknown or malformed chat id marks nothing", async () => {
  const ana = await user("cai@example.test");
  expect(await markChatOpened(db.prisma, ana.id, "not-a-uuid")).toBeNull();
  expect(await markChatOpened(db.prisma, ana.id, "00000000-0000-4000-8000-000000000000")).toBeNull();
  expect(await db.prisma.chatOpened.count({ where: { userId: ana.id } })).toBe(0);
});
