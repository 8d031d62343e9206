import { describe, expect, it } from "vitest";
import { bucketCounts, sparklinePaths } from "./event-sparkline";

describe("sparklinePaths", () => {
  it("draws one bar per busy bucket scaled to the busiest, and a flat tick per empty one", () => {
    const { bars, empty } = sparklinePaths([0, 6, 3, 0]);
    expect(bars).toBe("M1.12 0h.76v24h-.76zM2.12 12h.76v12h-.76z");
    expect(empty).toBe("M0.12 23.25h.76v0.75h-.76zM3.12 23.25h.76v0.75h-.76z");
  });

  it("keeps a small count visible (at least 2 units tall) next to a large one", () => {
    expect(sparklinePaths([1000, 1]).bars).toContain("M1.12 22h.76v2h-.76z");
  });

  it("has no bars at all when nothing arrived", () => {
    expect(sparklinePaths([0, 0]).bars).toBe("");
  });
});

describe("bucketCounts", () => {
  it("puts each count in the bucket of its time, oldest first, ending with now's bucket", () => {
    const minute = 60_000;
    const now = 10 * minute + 5_000;
    expect(bucketCounts([[10 * minute, 2], [9 * minute + 1, 1], [3 * minute, 7]], now, minute, 3)).toEqual([0, 1, 2]);
  });
});
