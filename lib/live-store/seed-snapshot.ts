import type { TOpenedMark } from "@/lib/chats/unread-for-viewer";
import type { TChatDto, TInstanceDto, TMessageDto, TRawEventDto } from "@/lib/schemas/dto";
import { LiveDraft } from "./live-draft";
import type { LiveState } from "./live-state";

/**
 * What a page's server data loader read, and the change seq it read it at (`getHeadSeq` before the lists:
 * see app/(dashboard)/page.tsx). Lists left out are simply not part of that page.
 */
export type LiveSnapshot = {
  headSeq: number;
  instances?: readonly TInstanceDto[];
  chats?: readonly TChatDto[];
  /** The signed-in user's openings of those chats (lib/chats/list-opened-marks.ts). */
  opened?: readonly TOpenedMark[];
  messages?: readonly TMessageDto[];
  events?: readonly TRawEventDto[];
};

/**
 * Writes a page's snapshot into the store, each row at seq `headSeq`: a row the store already has from a
 * newer change stays, an older one is replaced, and a change older than the snapshot arriving later is
 * refused. The first snapshot also gives the seq the socket resumes after; later ones leave it alone, since
 * the socket is already delivering everything after it (a newer snapshot's head must not skip those).
 */
export function seedSnapshot(state: LiveState, snapshot: LiveSnapshot): LiveState {
  const draft = new LiveDraft(state);
  const seq = snapshot.headSeq;
  if (!draft.seeded) {
    draft.seeded = true;
    draft.seq = Math.max(draft.seq, seq);
  }
  for (const instance of snapshot.instances ?? []) draft.writeInstance(instance, seq);
  for (const chat of snapshot.chats ?? []) draft.writeChat(chat, seq);
  for (const mark of snapshot.opened ?? []) draft.writeOpened(mark, seq);
  for (const message of snapshot.messages ?? []) draft.writeMessage(message, seq);
  for (const event of snapshot.events ?? []) draft.writeEvent(event, seq);
  if (draft.staleBefore > 0 && seq >= draft.staleBefore) {
    // The first snapshot taken after a sync:reset: what it did not rewrite may have missed changes.
    draft.dropOlderThan(draft.staleBefore);
    draft.staleBefore = 0;
  }
  return draft.finish();
}
