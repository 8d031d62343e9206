import type { JsonObject } from "./traffic-types";

type Entry = { slot: number; order: number; body: JsonObject };

/**
 * Bodies waiting to be sent, ordered by slot (the item index they should go out at) and then by insertion,
 * so ties stay deterministic. Kept sorted by binary insertion: it holds a few dozen entries at most.
 */
export class ScheduleQueue {
  private entries: Entry[] = [];
  private inserted = 0;

  get size(): number {
    return this.entries.length;
  }

  push(slot: number, body: JsonObject): void {
    const entry = { slot, order: this.inserted++, body };
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = this.entries[mid] as Entry;
      if (m.slot < slot || (m.slot === slot && m.order < entry.order)) lo = mid + 1;
      else hi = mid;
    }
    this.entries.splice(lo, 0, entry);
  }

  /** True when something is due at or before `slot`. */
  hasDue(slot: number): boolean {
    const first = this.entries[0];
    return first !== undefined && first.slot <= slot;
  }

  pop(): JsonObject | undefined {
    return this.entries.shift()?.body;
  }
}
