import type { TChangeDto } from "@/lib/schemas/dto";
import { LiveDraft } from "./live-draft";
import type { LiveState } from "./live-state";

/**
 * Applies a page of changes from the socket. Pure: returns a new state (or the same one when nothing
 * changed). Idempotent and order-free per row (see lib/live-store/live-state.ts), so a replay after a
 * reconnect that overlaps what was applied live is harmless; `seq` only moves forward.
 */
export function applyChanges(state: LiveState, changes: readonly TChangeDto[]): LiveState {
  const draft = new LiveDraft(state);
  for (const change of changes) {
    draft.seq = Math.max(draft.seq, change.seq);
    switch (change.kind) {
      case "instance:upserted":
        draft.writeInstance(change.payload, change.seq);
        break;
      case "instance:removed":
        draft.removeInstance(change.payload.id, change.seq);
        break;
      case "chat:upserted":
        draft.writeChat(change.payload, change.seq);
        break;
      case "reaction:changed":
        draft.writeReactions(change.payload.instanceId, change.payload.messageId, change.payload.chips, change.seq);
        break;
      case "chat:opened": {
        // Only this tab's own user's openings reach it (lib/changes/change-audience.ts).
        const { chatId, openedAt, unreadBase } = change.payload;
        draft.writeOpened({ chatId, openedAt, unreadBase }, change.seq);
        break;
      }
      case "chat:removed":
        draft.removeChat(change.payload.id, change.payload.mergedInto, change.seq);
        break;
      case "message:upserted":
        draft.writeMessage(change.payload, change.seq);
        break;
      case "status:changed":
        draft.writeReceipt(change.payload, change.seq);
        break;
      case "event:logged":
        draft.writeEvent(change.payload, change.seq);
        break;
      case "presence:changed":
        draft.writePresence(change.payload, change.seq);
        break;
      case "stuck:changed":
        draft.writeStuck(change.payload, change.seq);
        break;
      case "incident:upserted":
        draft.writeIncident(change.payload, change.seq);
        break;
      default:
        // A kind this version does not know (a newer server): skipped, the rest still applies.
        break;
    }
  }
  return draft.finish();
}
