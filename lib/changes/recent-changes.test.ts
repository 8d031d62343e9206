import { expect, test } from "vitest";
import type { TChangeDto } from "@/lib/schemas/dto";
import { RecentChanges } from "./recent-changes";

const change = (seq: number) => ({ seq, kind: "event:logged", payload: {} }) as unknown as TChangeDto;
const seqs = (cs: TChangeDto[] | null) => cs?.map((c) => c.seq) ?? null;

test("a snapshot older than the first kept change is still covered when the seqs between are gaps", () => {
  const recent = new RecentChanges(10);
  for (const s of [14, 15, 19]) recent.push(change(s)); // 11–13 and 16–18 were rolled back
  expect(seqs(recent.since(10))).toEqual([14, 15, 19]);
  expect(seqs(recent.since(15))).toEqual([19]);
});

test("repeats are refused, so a replay overlapping live changes applies each once", () => {
  const recent = new RecentChanges(0);
  expect([1, 2, 2, 1, 3].map((s) => recent.push(change(s)))).toEqual([true, true, false, false, true]);
  expect(recent.lastSeq).toBe(3);
});

test("once older changes are dropped, a snapshot before them is not covered", () => {
  const recent = new RecentChanges(0, 2);
  for (const s of [3, 7, 9]) recent.push(change(s));
  expect(recent.since(0)).toBeNull();
  expect(recent.since(2)).toBeNull();
  expect(seqs(recent.since(3))).toEqual([7, 9]); // 4–6 are gaps, so nothing between 3 and 7 is missing
  expect(seqs(recent.since(7))).toEqual([9]);
});

test("after a reset nothing before the head is offered", () => {
  const recent = new RecentChanges(0);
  recent.push(change(1));
  recent.restartAt(50);
  expect(recent.since(1)).toBeNull();
  expect(seqs(recent.since(50))).toEqual([]);
  expect(recent.push(change(50))).toBe(false);
});
