import type { Presence } from "@/lib/generated/prisma/client";
import { chatToDto } from "@/lib/dto/chat-to-dto";
import { presenceToDto } from "@/lib/dto/presence-to-dto";
import type { TChangeDraft } from "@/lib/schemas/dto";
import type { TApplyOutcome } from "./apply-context";
import type { TBatchState } from "./batch-state";
import type { TPresenceIntent } from "./intent";
import { playFindOrCreateChat, playSaveChat } from "./play-chat";

/** lib/normaliser/apply-presence.ts in memory: the newest arrival wins; at the same millisecond, a different status. */
export function playPresence(state: TBatchState, intent: TPresenceIntent): TApplyOutcome {
  const resolved = playFindOrCreateChat(state, intent.instanceId, intent.chat);
  const changes: TChangeDraft[] = [];
  if (playSaveChat(state, resolved.chat, resolved.patch) || resolved.created) changes.push({ kind: "chat:upserted", payload: chatToDto(resolved.chat) });
  const chatId = resolved.chat.id;
  const stored = state.presence.get(chatId);
  if (stored && !(stored.updatedAt < intent.at || (stored.updatedAt.getTime() === intent.at.getTime() && stored.status !== intent.status))) {
    return { duplicate: true, changes };
  }
  const row: Presence = stored ?? { chatId, status: intent.status, lastSeen: null, updatedAt: intent.at };
  Object.assign(row, { status: intent.status, lastSeen: intent.lastSeen ?? row.lastSeen, updatedAt: intent.at });
  state.presence.set(chatId, row);
  state.dirtyPresence.add(row);
  changes.push({ kind: "presence:changed", payload: presenceToDto(row, resolved.chat) });
  return { duplicate: false, changes };
}
