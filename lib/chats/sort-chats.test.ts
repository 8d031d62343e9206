import { expect, test } from "vitest";
import type { TChatDto } from "@/lib/schemas/dto";
import { compareChats, keepOrder } from "./sort-chats";

const chat = (id: string, lastMessageAt: string | null): TChatDto => ({
  id, instanceId: "I", phone: id, chatLid: null, kind: "private", name: null, photoUrl: null, lastMessageAt, lastMessagePreview: null, unreadCount: 0,
});

test("most recent activity first, chats without any last, ties by id descending", () => {
  const list = [chat("a", null), chat("b", "2026-01-01T00:00:00.000Z"), chat("c", "2026-01-02T00:00:00.000Z"), chat("d", "2026-01-01T00:00:00.000Z")];
  expect(list.sort(compareChats).map((c) => c.id)).toEqual(["c", "d", "b", "a"]);
});

test("a frozen order keeps its rows in place and puts unseen chats on top", () => {
  const sorted = [chat("new", "3"), chat("b", "2"), chat("a", "1")];
  expect(keepOrder(sorted, ["a", "b"]).map((c) => c.id)).toEqual(["new", "a", "b"]);
  expect(keepOrder(sorted, null).map((c) => c.id)).toEqual(["new", "b", "a"]);
  // A chat that left the list (another instance chosen) is not resurrected by the frozen order.
  expect(keepOrder([chat("a", "1")], ["a", "gone"]).map((c) => c.id)).toEqual(["a"]);
});
