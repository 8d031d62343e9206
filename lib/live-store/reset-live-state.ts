import { LiveDraft } from "./live-draft";
import type { LiveState } from "./live-state";

/**
 * The server could not replay from our seq (`sync:reset`, lib/realtime/events.ts): resume after its head,
 * and mark what is held as possibly stale; the page reloads its snapshot, and seeding that drops every row
 * it did not rewrite (lib/live-store/seed-snapshot.ts). Rows stay shown until then, rather than a blank page.
 */
export function resetLiveState(state: LiveState, headSeq: number): LiveState {
  const draft = new LiveDraft(state);
  draft.seq = Math.max(draft.seq, headSeq);
  draft.staleBefore = draft.seq;
  return draft.finish();
}
