import { describe, expect, it } from "vitest";
import type { TChangeDto, TInstanceDto, TMessageDto, TRawEventDto } from "@/lib/schemas/dto";
import { applyChange, type DashboardState, FEED_LIMIT } from "./dashboard-state";

const empty: DashboardState = { instances: [], chats: {}, messages: [], events: [] };

function message(id: string, overrides: Partial<TMessageDto> = {}): TMessageDto {
  return {
    id,
    instanceId: "I1",
    messageId: `M-${id}`,
    chatId: "C1",
    fromMe: true,
    fromApi: false,
    senderPhone: null,
    senderName: null,
    kind: "text",
    text: `text ${id}`,
    content: null,
    notification: null,
    replyToMessageId: null,
    isForwarded: false,
    isStatusReply: false,
    sentAt: "2025-01-01T12:00:00.000Z",
    status: "SENT",
    statusAt: null,
    readByMeAt: null,
    deletedAt: null,
    editedAt: null,
    ...overrides,
  };
}

function event(id: string): TRawEventDto {
  return {
    id,
    receivedAt: "2025-01-01T12:00:00.000Z",
    type: "ReceivedCallback",
    instanceId: "I1",
    result: "ok",
    duplicate: false,
    error: null,
    processedAt: null,
  };
}

function instance(id: string, state: TInstanceDto["state"]): TInstanceDto {
  return { id, name: null, phone: null, isBusiness: null, state, stateChangedAt: null, disconnectReason: null, lastEventAt: null };
}

const status = (messageId: string, value: string, seq: number): TChangeDto => ({
  seq,
  kind: "status:changed",
  payload: { instanceId: "I1", messageId, status: value, participant: null, device: null, at: `2025-01-01T12:0${seq}:00.000Z` },
});

describe("applyChange", () => {
  it("is idempotent: applying the same change twice equals applying it once", () => {
    const changes: TChangeDto[] = [
      { seq: 1, kind: "instance:upserted", payload: instance("I1", "connected") },
      { seq: 2, kind: "message:upserted", payload: message("a") },
      { seq: 3, kind: "event:logged", payload: event("e1") },
      status("M-a", "READ", 4),
    ];
    for (const change of changes) {
      const once = applyChange(empty, change);
      const withMessage = applyChange(applyChange(empty, changes[1] as TChangeDto), change);
      expect(applyChange(once, change)).toEqual(once);
      expect(applyChange(withMessage, change)).toEqual(withMessage);
    }
  });

  it("updates a known message and instance in place instead of adding a copy", () => {
    let state = applyChange(empty, { seq: 1, kind: "message:upserted", payload: message("a") });
    state = applyChange(state, { seq: 2, kind: "message:upserted", payload: message("b") });
    state = applyChange(state, { seq: 3, kind: "message:upserted", payload: message("a", { text: "edited" }) });
    expect(state.messages.map((m) => [m.id, m.text])).toEqual([
      ["b", "text b"],
      ["a", "edited"],
    ]);

    state = applyChange(state, { seq: 4, kind: "instance:upserted", payload: instance("I1", "connected") });
    state = applyChange(state, { seq: 5, kind: "instance:upserted", payload: instance("I2", "connected") });
    state = applyChange(state, { seq: 6, kind: "instance:upserted", payload: instance("I1", "disconnected") });
    expect(state.instances.map((i) => [i.id, i.state])).toEqual([
      ["I1", "disconnected"],
      ["I2", "connected"],
    ]);
  });

  it("moves receipt ticks forward only", () => {
    let state = applyChange(empty, { seq: 1, kind: "message:upserted", payload: message("a", { status: "SENT" }) });
    state = applyChange(state, status("M-a", "READ", 2));
    expect(state.messages[0]?.status).toBe("READ");
    expect(state.messages[0]?.statusAt).toBe("2025-01-01T12:02:00.000Z");

    const late = applyChange(state, status("M-a", "RECEIVED", 3));
    expect(late).toBe(state);
    expect(applyChange(state, status("M-a", "SENT", 4)).messages[0]?.status).toBe("READ");
    expect(applyChange(state, status("M-a", "PLAYED", 5)).messages[0]?.status).toBe("PLAYED");
  });

  it("ignores a receipt for a message it does not hold", () => {
    const state = applyChange(empty, { seq: 1, kind: "message:upserted", payload: message("a") });
    expect(applyChange(state, status("M-unknown", "READ", 2))).toBe(state);
  });

  it("keeps at most FEED_LIMIT messages and events, newest first", () => {
    let state = empty;
    for (let i = 0; i < FEED_LIMIT + 5; i++) {
      state = applyChange(state, { seq: i, kind: "message:upserted", payload: message(`m${i}`) });
      state = applyChange(state, { seq: i, kind: "event:logged", payload: event(`e${i}`) });
    }
    expect(state.messages).toHaveLength(FEED_LIMIT);
    expect(state.events).toHaveLength(FEED_LIMIT);
    expect(state.messages[0]?.id).toBe(`m${FEED_LIMIT + 4}`);
    expect(state.messages.at(-1)?.id).toBe("m5");
    expect(state.events.at(-1)?.id).toBe("e5");
  });
});
