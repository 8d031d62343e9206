import { expect, test } from "vitest";
import { LoginThrottle } from "./login-throttle";

test("blocks after ten failures and forgets after the window", () => {
  let now = 0;
  const t = new LoginThrottle(() => now);
  const keys = ["email:a@b.co", "ip:1.2.3.4"];
  for (let i = 0; i < 9; i++) t.fail(keys);
  expect(t.isBlocked(keys)).toBe(false);
  t.fail(keys);
  expect(t.isBlocked(["ip:1.2.3.4"])).toBe(true);
  expect(t.isBlocked(["email:other@b.co"])).toBe(false);
  now += 15 * 60_000 + 1;
  expect(t.isBlocked(keys)).toBe(false);
});

test("a success clears the counters", () => {
  const t = new LoginThrottle(() => 0);
  for (let i = 0; i < 10; i++) t.fail(["k"]);
  t.succeed(["k"]);
  expect(t.isBlocked(["k"])).toBe(false);
});
