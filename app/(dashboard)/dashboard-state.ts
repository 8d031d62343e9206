import { statusRank } from "@/lib/messages/receipt-rules";
import {
  type TChangeDto,
  type TChatDto,
  type TInstanceDto,
  type TMessageDto,
  type TRawEventDto,
} from "@/lib/schemas/dto";

/** Enough for a glance; older entries are one click away in the event log. */
export const FEED_LIMIT = 200;

export type DashboardState = {
  instances: TInstanceDto[];
  chats: Record<string, TChatDto>;
  messages: TMessageDto[];
  events: TRawEventDto[];
};

/** Replaces the entry with the same id in place, or puts a new one first; the list stays bounded. */
function upsertFirst<T extends { id: string }>(list: T[], item: T): T[] {
  const index = list.findIndex((entry) => entry.id === item.id);
  if (index === -1) return [item, ...list].slice(0, FEED_LIMIT);
  const next = list.slice();
  next[index] = item;
  return next;
}


/**
 * Applies one live change. Pure and idempotent: the same change twice gives the same state, which is what
 * makes replays after a reconnect safe.
 */
export function applyChange(state: DashboardState, change: TChangeDto): DashboardState {
  switch (change.kind) {
    case "instance:upserted": {
      const index = state.instances.findIndex((i) => i.id === change.payload.id);
      // Known instances update where they are, so cards do not jump around under the reader's eyes.
      const instances =
        index === -1 ? [...state.instances, change.payload] : state.instances.with(index, change.payload);
      return { ...state, instances };
    }
    case "chat:upserted":
      return { ...state, chats: { ...state.chats, [change.payload.id]: change.payload } };
    case "message:upserted":
      return { ...state, messages: upsertFirst(state.messages, change.payload) };
    case "event:logged":
      return { ...state, events: upsertFirst(state.events, change.payload) };
    case "status:changed": {
      const { instanceId, messageId, status, at } = change.payload;
      const index = state.messages.findIndex((m) => m.instanceId === instanceId && m.messageId === messageId);
      const current = state.messages[index];
      // Receipts only move forward; a late SENT after READ must not pull the ticks back.
      if (!current || statusRank(status) <= statusRank(current.status)) return state;
      return { ...state, messages: state.messages.with(index, { ...current, status, statusAt: at }) };
    }
    default:
      return state;
  }
}
