import { expect, test } from "vitest";
import type { TChangeDto, TChatDto } from "@/lib/schemas/dto";
import { applyChanges } from "./apply-changes";
import { emptyLiveState, type LiveState } from "./live-state";
import { seedSnapshot } from "./seed-snapshot";
import { selectUnreadTotal, selectViewerChats } from "./select-live";

// chat:opened (lib/chats/mark-chat-opened.ts) reaches only the user who opened the chat, on every tab and device
// of theirs (lib/changes/change-audience.ts): the store records the opening and that chat's badge, and with
// it the tab title's count, drop to what arrived since.

const at = (minute: number) => new Date(Date.UTC(2026, 11, 2, 12, minute)).toISOString();
const chat = (id: string, unreadCount: number, lastMinute: number, kind: TChatDto["kind"] = "private"): TChatDto => ({
  id, instanceId: "I1", phone: `55119876543${id.length}`, chatLid: null, kind, name: id, photoUrl: null, lastMessageAt: at(lastMinute), lastMessagePreview: "x", unreadCount,
});
const opened = (seq: number, chatId: string, minute: number, unreadBase: number): TChangeDto => ({
  seq, kind: "chat:opened", payload: { userId: "U1", chatId, openedAt: at(minute), unreadBase },
});
const badges = (state: LiveState) => Object.fromEntries([...selectViewerChats(state.chats, state.opened)].map(([id, c]) => [id, c.unreadCount]));
const total = (state: LiveState) => selectUnreadTotal(selectViewerChats(state.chats, state.opened));

const seeded = seedSnapshot(emptyLiveState, { headSeq: 10, chats: [chat("ANA", 3, 5), chat("BIA", 2, 6), chat("STATUS", 4, 6, "status")] });

test("an opening on another tab clears that chat's badge, and only that chat's; the title count follows", () => {
  expect(badges(seeded)).toEqual({ ANA: 3, BIA: 2, STATUS: 4 });
  expect(total(seeded)).toBe(5);
  const state = applyChanges(seeded, [opened(11, "ANA", 7, 3)]);
  expect(badges(state)).toEqual({ ANA: 0, BIA: 2, STATUS: 4 });
  expect(total(state)).toBe(2);
  expect(state.seq).toBe(11);
});

test("a message after the opening counts again, from the base the opening left", () => {
  const state = applyChanges(seeded, [opened(11, "ANA", 7, 3), { seq: 12, kind: "chat:upserted", payload: chat("ANA", 4, 8) }]);
  expect(badges(state).ANA).toBe(1);
});

test("the same opening twice, a replay overlapping it, or an older one after a newer one change nothing", () => {
  const once = applyChanges(seeded, [opened(11, "ANA", 7, 3)]);
  expect(applyChanges(once, [opened(11, "ANA", 7, 3)])).toBe(once);
  const newer = applyChanges(once, [{ seq: 12, kind: "chat:upserted", payload: chat("ANA", 5, 8) }, opened(13, "ANA", 9, 5)]);
  const replayed = applyChanges(newer, [opened(11, "ANA", 7, 3)]);
  expect(replayed.opened).toBe(newer.opened);
  expect(badges(replayed).ANA).toBe(0);
});

test("a page's openings seed the store; a change newer than the page wins over them", () => {
  const page = seedSnapshot(emptyLiveState, { headSeq: 20, chats: [chat("ANA", 3, 5)], opened: [{ chatId: "ANA", openedAt: at(4), unreadBase: 1 }] });
  expect(badges(page).ANA).toBe(2);
  expect(badges(applyChanges(page, [opened(19, "ANA", 6, 3)])).ANA).toBe(2); // older than the page: refused
  expect(badges(applyChanges(page, [opened(21, "ANA", 6, 3)])).ANA).toBe(0);
});
