import { expect, test } from "vitest";
import { highlightRanges } from "./highlight";

test("marks the original spelling, whatever the accents and case", () => {
  const text = "Falei com o João e com a JOANA";
  expect(highlightRanges(text, "joao").map(([a, b]) => text.slice(a, b))).toEqual(["João"]);
  expect(highlightRanges(text, "JOA").map(([a, b]) => text.slice(a, b))).toEqual(["Joã", "JOA"]);
  expect(highlightRanges("Açúcar", "acucar")).toEqual([[0, 6]]);
  expect(highlightRanges("nada", "  ")).toEqual([]);
});
