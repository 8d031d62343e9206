import { afterEach, expect, test } from "vitest";
import { issueSetupCode, setupCodeMatches, spendSetupCode } from "./setup-code";

afterEach(() => spendSetupCode());

test("the printed code matches however it is typed, and only until spent", () => {
  const code = issueSetupCode();
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  expect(setupCodeMatches(code)).toBe(true);
  expect(setupCodeMatches(code.toLowerCase().replaceAll("-", " "))).toBe(true);
  expect(setupCodeMatches(code.replace(/.$/, (c) => (c === "A" ? "B" : "A")))).toBe(false);
  expect(setupCodeMatches("")).toBe(false);
  expect(setupCodeMatches(undefined)).toBe(false);
  spendSetupCode();
  expect(setupCodeMatches(code)).toBe(false);
});

test("a new code replaces the old one", () => {
  const first = issueSetupCode();
  const second = issueSetupCode();
  expect(setupCodeMatches(second)).toBe(true);
  if (first !== second) expect(setupCodeMatches(first)).toBe(false);
});
