import { describe, expect, it } from "vitest";
import { percentile, summarize } from "./percentiles";

describe("percentile (nearest rank)", () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1); // 1..100

  it("picks the sample at rank ceil(p·n)", () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile(hundred, 0.5)).toBe(1);
  });

  it("works on small lists where p99 is the maximum", () => {
    expect(percentile([3, 7, 9], 50)).toBe(7);
    expect(percentile([3, 7, 9], 99)).toBe(9);
    expect(percentile([4], 50)).toBe(4);
  });

  it("rejects an empty list and a p outside (0, 100]", () => {
    expect(() => percentile([], 50)).toThrow();
    expect(() => percentile([1], 0)).toThrow();
    expect(() => percentile([1], 101)).toThrow();
  });
});

describe("summarize", () => {
  it("sorts numerically (not as strings) before taking percentiles", () => {
    const s = summarize([10, 9, 100, 2, 1]);
    expect(s).toEqual({ count: 5, p50: 9, p99: 100, max: 100, mean: 24.4 });
  });

  it("gives null for no samples", () => {
    expect(summarize([])).toBeNull();
  });

  it("is not fooled by one huge outlier in p50", () => {
    const samples = [...Array.from({ length: 999 }, () => 2), 5000];
    expect(summarize(samples)?.p50).toBe(2);
    expect(summarize(samples)?.p99).toBe(2);
    expect(summarize(samples)?.max).toBe(5000);
  });
});
