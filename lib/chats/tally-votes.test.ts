import { expect, test } from "vitest";
import type { TMessageDto } from "@/lib/schemas/dto";
import { tallyVotes } from "./tally-votes";

const vote = (id: string, sender: string, sentAt: string, options: string[]): TMessageDto => ({
  id, instanceId: "I", messageId: id, chatId: "C", fromMe: false, fromApi: false, senderPhone: sender, senderName: null, kind: "pollVote",
  text: null, content: { pollMessageId: "P", options: options.map((name) => ({ name })) }, notification: null, replyToMessageId: null,
  isForwarded: false, isStatusReply: false, sentAt, createdAt: sentAt, status: null, statusAt: null, readByMeAt: null, deletedAt: null, editedAt: null,
});

test("a voter's newest vote replaces the earlier one; an empty vote withdraws", () => {
  const tally = tallyVotes([
    vote("1", "a", "2026-01-01T10:00:00Z", ["Sim"]),
    vote("2", "b", "2026-01-01T10:01:00Z", ["Sim"]),
    vote("3", "a", "2026-01-01T10:02:00Z", ["Não"]),
    vote("4", "c", "2026-01-01T10:03:00Z", ["Sim"]),
    vote("5", "c", "2026-01-01T10:04:00Z", []),
  ]).get("P");
  expect(Object.fromEntries(tally ?? [])).toEqual({ Sim: 1, Não: 1 });
});
