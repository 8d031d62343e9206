import { randomUUID } from "node:crypto";
import type { Chat, Message, Prisma } from "@/lib/generated/prisma/client";
import type { TBatchState, TUnreadBase } from "./batch-state";
import { chatBump } from "./chat-bump";
import { readsChat } from "./unread-rule";
import type { TChatRef } from "./intent";
import { pickSameContact } from "./pick-same-contact";

/** A chat patch in memory: plain column values, and unread as a count to add (chatBump's `increment`). */
export type TChatPatch = Partial<Pick<Chat, "phone" | "chatLid" | "name" | "photoUrl" | "lastMessageAt" | "lastMessagePreview">> & { unreadIncrement?: number; unreadReset?: true };
export type TPlayedChat = { chat: Chat; created: boolean; patch: TChatPatch };

/**
 * lib/normaliser/find-or-create-chat.ts against the batch's chats: same candidates, same pick
 * (lib/normaliser/pick-same-contact.ts), same patch. A merge never happens here: lib/normaliser/apply-batch.ts
 * hands an event that merges chats to the single-event path. A chat whose identifiers change is marked for
 * lib/normaliser/rekey-reactions.ts at the write-back.
 */
export function playFindOrCreateChat(state: TBatchState, instanceId: string, ref: TChatRef): TPlayedChat {
  const { primary: chat } = pickSameContact(state.chats.filter((c) => c.instanceId === instanceId), ref);
  if (!chat) {
    const created: Chat = {
      id: randomUUID(), instanceId, phone: ref.phone, chatLid: ref.lid, kind: ref.kind, name: ref.name, photoUrl: ref.photoUrl,
      lastMessageAt: null, lastMessagePreview: null, unreadCount: 0, createdAt: state.now, updatedAt: state.now,
    };
    state.chats.push(created);
    state.newChats.add(created);
    if (created.kind === "private") state.identityChats.add(created);
    return { chat: created, created: true, patch: {} };
  }
  const patch: TChatPatch = {};
  if (chat.phone !== ref.phone && chat.phone === ref.lid) patch.phone = ref.phone;
  if (ref.lid !== null && chat.chatLid !== ref.lid) patch.chatLid = ref.lid;
  if (ref.name !== null && chat.name !== ref.name) patch.name = ref.name;
  if (ref.photoUrl !== null && chat.photoUrl !== ref.photoUrl) patch.photoUrl = ref.photoUrl;
  if (patch.phone !== undefined || patch.chatLid !== undefined) state.identityChats.add(chat);
  return { chat, created: false, patch };
}

/** Whether playing an event about `ref` now would merge chats (lib/normaliser/pick-same-contact.ts). */
export function playMergesChats(state: TBatchState, instanceId: string, ref: TChatRef): boolean {
  return pickSameContact(state.chats.filter((c) => c.instanceId === instanceId), ref).absorbed.length > 0;
}

/** chatBump (lib/normaliser/chat-bump.ts) as an in-memory patch. */
export function playChatBump(chat: Chat, message: Message, opts: { countUnread: boolean }): TChatPatch {
  const { unreadCount, ...rest } = chatBump(chat, message, opts) as Prisma.ChatUpdateInput & { lastMessageAt?: Date; lastMessagePreview?: string };
  const patch: TChatPatch = {};
  if (rest.lastMessageAt !== undefined) patch.lastMessageAt = rest.lastMessageAt;
  if (rest.lastMessagePreview !== undefined) patch.lastMessagePreview = rest.lastMessagePreview;
  if (unreadCount === 0) patch.unreadReset = true;
  else if (unreadCount !== undefined) patch.unreadIncrement = 1;
  return patch;
}

/** lib/normaliser/save-chat.ts in memory: `changed` when there was anything to write. */
export function playSaveChat(state: TBatchState, chat: Chat, patch: TChatPatch): boolean {
  const { unreadIncrement, unreadReset, ...columns } = patch;
  if (Object.keys(patch).length === 0) return false;
  Object.assign(chat, columns);
  if (unreadReset) chat.unreadCount = 0;
  if (unreadIncrement) chat.unreadCount += unreadIncrement;
  chat.updatedAt = state.now;
  if (!state.newChats.has(chat)) state.dirtyChats.add(chat);
  return true;
}

const NOT_COUNTED = new Set(["notification", "pending", "revoked"]);

/**
 * lib/normaliser/recount-unread.ts in memory: the batch's own rows of the chat as they are now, plus what the
 * chat's other rows say (loaded once per chat: `base`). Returns whether the count changed.
 */
export function playRecountUnread(state: TBatchState, chat: Chat, base: TUnreadBase | undefined): boolean {
  const mine = [...state.messages.values()].filter((m) => m.chatId === chat.id);
  let maxRead = base?.maxReadAt ?? Number.NEGATIVE_INFINITY;
  for (const m of mine) if (readsChat(m) && m.sentAt.getTime() > maxRead) maxRead = m.sentAt.getTime();
  const counted = (m: Message) => !m.fromMe && m.readByMeAt === null && !NOT_COUNTED.has(m.kind) && m.sentAt.getTime() > maxRead;
  const n = mine.filter(counted).length + (base?.unread.filter((at) => at > maxRead).length ?? 0);
  if (chat.unreadCount === n) return false;
  chat.unreadCount = n;
  chat.updatedAt = state.now;
  if (!state.newChats.has(chat)) state.dirtyChats.add(chat);
  return true;
}
