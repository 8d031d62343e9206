import { expect, test } from "vitest";
import type { TChangeDto, TChatDto, TMessageDto } from "@/lib/schemas/dto";
import { applyChanges } from "./apply-changes";
import { emptyLiveState } from "./live-state";
import { selectChatMessages } from "./select-live";

// chat:removed (lib/normaliser/merge-chats.ts): two chats turned out to be one person; the live view drops the
// absorbed one and shows its messages in the chat they moved to.

const at = (n: number) => new Date(Date.UTC(2026, 0, 1, 12, 0, 0, n)).toISOString();
const chat = (id: string, phone: string): TChatDto => ({
  id, instanceId: "I1", phone, chatLid: null, kind: "private", name: null, photoUrl: null, lastMessageAt: at(1), lastMessagePreview: "x", unreadCount: 1,
});
const message = (id: string, chatId: string, n: number): TMessageDto => ({
  id, instanceId: "I1", messageId: `M-${id}`, chatId, fromMe: false, fromApi: false, senderPhone: null, senderName: null, kind: "text", text: id,
  content: null, notification: null, replyToMessageId: null, isForwarded: false, isStatusReply: false, sentAt: at(n), createdAt: at(n),
  status: null, statusAt: null, readByMeAt: null, deletedAt: null, editedAt: null,
});

const history: TChangeDto[] = [
  { seq: 1, kind: "chat:upserted", payload: chat("KEEP", "5511987654321") },
  { seq: 2, kind: "chat:upserted", payload: chat("GONE", "210987654321098@lid") },
  { seq: 3, kind: "message:upserted", payload: message("a", "KEEP", 1) },
  { seq: 4, kind: "message:upserted", payload: message("b", "GONE", 2) },
];
const removal: TChangeDto = { seq: 5, kind: "chat:removed", payload: { id: "GONE", instanceId: "I1", mergedInto: "KEEP" } };

test("the absorbed chat goes and its messages show in the chat they moved to", () => {
  const state = applyChanges(emptyLiveState, [...history, removal]);
  expect([...state.chats.keys()]).toEqual(["KEEP"]);
  expect(selectChatMessages(state.messages, "KEEP").map((m) => m.id)).toEqual(["a", "b"]);
  expect(selectChatMessages(state.messages, "GONE")).toEqual([]);
  // A conversation open on the absorbed chat follows it (app/(dashboard)/chats/chats-shell.tsx).
  expect(state.mergedInto.get("GONE")).toBe("KEEP");
});

test("a replay is harmless and an older version of the absorbed chat cannot come back", () => {
  const state = applyChanges(emptyLiveState, [...history, removal]);
  expect(applyChanges(state, [removal])).toBe(state);
  const replayed = applyChanges(state, [history[1] as TChangeDto]);
  expect([...replayed.chats.keys()]).toEqual(["KEEP"]);
});

test("reaction:changed holds each message's newest chip set, whatever the order", () => {
  const set: TChangeDto = { seq: 7, kind: "reaction:changed", payload: { instanceId: "I1", messageId: "M-a", chips: [{ value: "👍", count: 2, mine: true }] } };
  const older: TChangeDto = { seq: 6, kind: "reaction:changed", payload: { instanceId: "I1", messageId: "M-a", chips: [] } };
  for (const order of [[older, set], [set, older]]) {
    const state = applyChanges(emptyLiveState, order);
    expect([...state.reactions.values()].map((r) => r.value)).toEqual([[{ value: "👍", count: 2, mine: true }]]);
  }
});
