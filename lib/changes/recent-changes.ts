import type { TChangeDto } from "@/lib/schemas/dto";

/**
 * The browser's memory of the change stream (components/realtime/socket-provider.tsx): the last seq applied
 * and the most recent changes, so a page mounted later from an older snapshot can catch up without a reload.
 * It holds every change with `from < seq <= last`. Seqs have gaps (a rolled-back transaction burns its
 * numbers), so whether it covers a snapshot is known from `from`, never from "the next seq is base + 1".
 */
export class RecentChanges {
  private buffer: TChangeDto[] = [];
  private from: number;
  private last: number;

  constructor(
    baseSeq: number,
    private readonly capacity = 1_000,
  ) {
    this.from = baseSeq;
    this.last = baseSeq;
  }

  get lastSeq(): number {
    return this.last;
  }

  /** Records a change; false when it is not newer than what was applied (a replay overlapping live ones). */
  push(change: TChangeDto): boolean {
    if (change.seq <= this.last) return false;
    this.last = change.seq;
    this.buffer.push(change);
    if (this.buffer.length > this.capacity) {
      const dropped = this.buffer.splice(0, this.buffer.length - this.capacity);
      this.from = dropped.at(-1)?.seq ?? this.from;
    }
    return true;
  }

  /** Every change after `baseSeq`, or null when some of them are no longer kept (the caller reloads). */
  since(baseSeq: number): TChangeDto[] | null {
    if (baseSeq < this.from) return null;
    return this.buffer.filter((c) => c.seq > baseSeq);
  }

  /** The server could not replay (sync:reset): forget everything before `headSeq`. */
  restartAt(headSeq: number): void {
    this.last = Math.max(this.last, headSeq);
    this.from = this.last;
    this.buffer = [];
  }
}
