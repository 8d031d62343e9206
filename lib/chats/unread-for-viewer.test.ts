import { expect, test } from "vitest";
import { unreadForViewer } from "./unread-for-viewer";

const mark = { chatId: "c", openedAt: "2026-12-02T10:00:00.000Z", unreadBase: 5 };

test("never opened: the phone's count", () => {
  expect(unreadForViewer({ unreadCount: 3, lastMessageAt: "2026-12-02T09:00:00.000Z" }, undefined)).toBe(3);
});

test("opened after the last message: nothing unread for this user, whatever the phone says", () => {
  expect(unreadForViewer({ unreadCount: 5, lastMessageAt: "2026-12-02T09:59:00.000Z" }, mark)).toBe(0);
  expect(unreadForViewer({ unreadCount: 5, lastMessageAt: mark.openedAt }, mark)).toBe(0);
});

test("new messages after the opening count from the opening on", () => {
  expect(unreadForViewer({ unreadCount: 7, lastMessageAt: "2026-12-02T10:05:00.000Z" }, mark)).toBe(2);
});

test("read on the phone since (its count fell below the base): the phone's newer count", () => {
  expect(unreadForViewer({ unreadCount: 1, lastMessageAt: "2026-12-02T10:05:00.000Z" }, mark)).toBe(1);
});
