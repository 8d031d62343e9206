import { expect, test } from "vitest";
import { isLocalRequest } from "./is-local-request";
import { stampPeer } from "./request-address";
import { trustedProxyMatcher } from "./trusted-proxies";

const nobody = trustedProxyMatcher([]);
const loopbackProxy = trustedProxyMatcher(["127.0.0.1", "::1"]);
/** A request as the custom server hands it to Next, which then adds an X-Forwarded-For of its own when absent. */
function from(peer: string, sent: Record<string, string> = {}): Headers {
  const raw: Record<string, string | string[] | undefined> = { ...sent };
  stampPeer(raw, peer);
  raw["x-forwarded-for"] ??= peer;
  return new Headers(raw as Record<string, string>);
}

test("loopback peers are local, others are not, and a missing peer never is", () => {
  expect(isLocalRequest(from("127.0.0.1"), nobody)).toBe(true);
  expect(isLocalRequest(from("::ffff:127.0.0.1"), nobody)).toBe(true);
  expect(isLocalRequest(from("::1"), nobody)).toBe(true);
  expect(isLocalRequest(from("192.0.2.2"), nobody)).toBe(false);
  expect(isLocalRequest(new Headers(), nobody)).toBe(false);
  // A client cannot name its own peer address.
  expect(isLocalRequest(from("192.0.2.2", { "x-vigia-peer-address": "127.0.0.1" }), nobody)).toBe(false);
});

test("a forwarded address counts only through a trusted proxy", () => {
  expect(isLocalRequest(from("192.0.2.2", { "x-forwarded-for": "127.0.0.1" }), nobody)).toBe(false);
  expect(isLocalRequest(from("127.0.0.1", { "x-forwarded-for": "203.0.113.7" }), loopbackProxy)).toBe(false);
  expect(isLocalRequest(from("127.0.0.1", { "x-forwarded-for": "127.0.0.1" }), loopbackProxy)).toBe(true);
});

test("an untrusted proxy on this machine gives itself away by its forwarding headers", () => {
  for (const header of ["x-forwarded-for", "forwarded", "x-real-ip"]) {
    expect(isLocalRequest(from("127.0.0.1", { [header]: "203.0.113.7" }), nobody), header).toBe(false);
  }
});
