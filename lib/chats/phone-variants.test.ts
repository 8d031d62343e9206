import { expect, test } from "vitest";
import { phoneVariants } from "./phone-variants";

test("with or without +55, spaces and the ninth digit", () => {
  expect(phoneVariants("+55 (11) 98765-4321").sort()).toEqual(["1187654321", "11987654321", "5511987654321"].sort());
  expect(phoneVariants("11 8765-4321").sort()).toEqual(["1187654321", "11987654321"].sort());
  expect(phoneVariants("4321")).toEqual(["4321"]);
  expect(phoneVariants("joão")).toEqual([]);
  expect(phoneVariants("12")).toEqual([]);
});
