import { expect, test } from "vitest";
import type { TMessageDto } from "@/lib/schemas/dto";
import { mergeMessages } from "./merge-messages";

const m = (id: string, sentAt: string, text = id): TMessageDto => ({
  id, instanceId: "I", messageId: `W${id}`, chatId: "C", fromMe: false, fromApi: false, senderPhone: null, senderName: null, kind: "text",
  text, content: null, notification: null, replyToMessageId: null, isForwarded: false, isStatusReply: false, sentAt, createdAt: sentAt,
  status: null, statusAt: null, readByMeAt: null, deletedAt: null, editedAt: null,
});

test("pages and live rows merge into reading order, one row per id, the live copy winning", () => {
  const held = [m("b", "2026-01-01T10:00:00.000Z"), m("a", "2026-01-01T09:00:00.000Z", "old text")];
  const live = [m("a", "2026-01-01T09:00:00.000Z", "edited"), m("c", "2026-01-01T11:00:00.000Z")];
  expect(mergeMessages(held, live).map((x) => [x.id, x.text])).toEqual([["a", "edited"], ["b", "b"], ["c", "c"]]);
  // Same second: by id, as the server pages them.
  expect(mergeMessages([m("y", "2026-01-01T10:00:00.000Z"), m("x", "2026-01-01T10:00:00.000Z")], []).map((x) => x.id)).toEqual(["x", "y"]);
});
