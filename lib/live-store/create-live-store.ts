import type { TChangeDto } from "@/lib/schemas/dto";
import { applyChanges } from "./apply-changes";
import { emptyLiveState, type LiveState } from "./live-state";
import { resetLiveState } from "./reset-live-state";
import { type LiveSnapshot, seedSnapshot } from "./seed-snapshot";

export type LiveStore = {
  getState: () => LiveState;
  /** useSyncExternalStore's contract: called after every state change; returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void;
  apply: (changes: readonly TChangeDto[]) => void;
  /**
   * Seeds from a page's snapshot. Called while that page renders (so its first render, on the server too,
   * already shows the data), hence listeners hear of it in a microtask, not during someone else's render.
   * The same snapshot object twice is a no-op.
   */
  seed: (snapshot: LiveSnapshot) => void;
  reset: (headSeq: number) => void;
};

/**
 * One store per browser tab, created by components/realtime/live-provider.tsx. Never a module singleton:
 * on the server each request renders its own provider, so one user's rows can never reach another's page.
 */
export function createLiveStore(initial: LiveState = emptyLiveState): LiveStore {
  let state = initial;
  const listeners = new Set<() => void>();
  const seeded = new WeakSet<LiveSnapshot>();
  let notifyQueued = false;

  const notify = () => {
    for (const listener of [...listeners]) listener();
  };
  const set = (next: LiveState, later = false) => {
    if (next === state) return;
    state = next;
    if (!later) return notify();
    if (notifyQueued) return;
    notifyQueued = true;
    queueMicrotask(() => {
      notifyQueued = false;
      notify();
    });
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    apply: (changes) => set(applyChanges(state, changes)),
    seed(snapshot) {
      if (seeded.has(snapshot)) return;
      seeded.add(snapshot);
      set(seedSnapshot(state, snapshot), true);
    },
    reset: (headSeq) => set(resetLiveState(state, headSeq)),
  };
}
