import { expect, test } from "vitest";
import { LoginThrottle } from "./login-throttle";

const ADMIN = "admin@vigia.test";

function clock() {
  const c = { now: 0, advance: (ms: number) => (c.now += ms) };
  return c;
}

test("after five failures per address + email the pair waits 1 s, then 2 s, 4 s…", () => {
  const c = clock();
  const t = new LoginThrottle(() => c.now);
  for (let i = 0; i < 4; i++) t.fail("203.0.113.7", ADMIN);
  expect(t.check("203.0.113.7", ADMIN)).toEqual({ allowed: true });
  t.fail("203.0.113.7", ADMIN);
  expect(t.check("203.0.113.7", ADMIN)).toEqual({ allowed: false, retryAfterMs: 1_000 });
  c.advance(1_000);
  expect(t.check("203.0.113.7", ADMIN).allowed).toBe(true);
  t.fail("203.0.113.7", ADMIN);
  expect(t.check("203.0.113.7", ADMIN)).toEqual({ allowed: false, retryAfterMs: 2_000 });
  c.advance(2_000);
  t.fail("203.0.113.7", ADMIN);
  expect(t.check("203.0.113.7", ADMIN)).toEqual({ allowed: false, retryAfterMs: 4_000 });
});

test("a burst from one address does not lock the admin out elsewhere, nor for good", () => {
  const c = clock();
  const t = new LoginThrottle(() => c.now);
  for (let i = 0; i < 40; i++) t.fail("203.0.113.7", ADMIN);
  expect(t.check("203.0.113.7", ADMIN).allowed).toBe(false);
  // The real admin, from another address, is not affected.
  expect(t.check("198.51.100.9", ADMIN)).toEqual({ allowed: true });
  // Same address: the delay is capped at 15 minutes; after it the right password goes through and clears the pair.
  const verdict = t.check("203.0.113.7", ADMIN);
  expect(verdict.allowed === false && verdict.retryAfterMs).toBe(15 * 60_000);
  c.advance(15 * 60_000);
  expect(t.check("203.0.113.7", ADMIN)).toEqual({ allowed: true });
  t.succeed("203.0.113.7", ADMIN);
  t.fail("203.0.113.7", ADMIN);
  expect(t.check("203.0.113.7", ADMIN)).toEqual({ allowed: true });
});

test("one address rotating emails is slowed after 50 failures, other addresses are not", () => {
  const c = clock();
  const t = new LoginThrottle(() => c.now);
  for (let i = 0; i < 49; i++) t.fail("203.0.113.7", `guess${i}@example.com`);
  expect(t.check("203.0.113.7", "fresh@example.com")).toEqual({ allowed: true });
  t.fail("203.0.113.7", "guess49@example.com");
  expect(t.check("203.0.113.7", "fresh@example.com").allowed).toBe(false);
  expect(t.check("198.51.100.9", "fresh@example.com")).toEqual({ allowed: true });
});

test("counts are forgotten after an hour without failures", () => {
  const c = clock();
  const t = new LoginThrottle(() => c.now);
  for (let i = 0; i < 8; i++) t.fail("203.0.113.7", ADMIN);
  c.advance(60 * 60_000 + 1);
  t.fail("203.0.113.7", ADMIN);
  expect(t.check("203.0.113.7", ADMIN)).toEqual({ allowed: true });
});
