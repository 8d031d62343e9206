import { expect, test } from "vitest";
import { clientAddress, isLoopback, normalizeAddress } from "./client-address";
import { parseTrustedProxies, trustedProxyMatcher } from "./trusted-proxies";

const trusted = trustedProxyMatcher(["127.0.0.1", "10.0.0.0/8", "fd00::/8"]);
const nobody = trustedProxyMatcher([]);

test("X-Forwarded-For is ignored unless the peer is a trusted proxy", () => {
  expect(clientAddress("203.0.113.7", "127.0.0.1", trusted)).toBe("203.0.113.7");
  expect(clientAddress("127.0.0.1", "203.0.113.7", nobody)).toBe("127.0.0.1");
  expect(clientAddress("::ffff:127.0.0.1", "203.0.113.7", trusted)).toBe("203.0.113.7");
});

test("from a trusted proxy, the right-most untrusted hop is the client; what the client wrote is not", () => {
  // The client wrote "1.1.1.1" itself; the proxy appended the address it saw.
  expect(clientAddress("127.0.0.1", "1.1.1.1, 203.0.113.7", trusted)).toBe("203.0.113.7");
  expect(clientAddress("127.0.0.1", "1.1.1.1, 203.0.113.7, 10.1.2.3", trusted)).toBe("203.0.113.7");
  expect(clientAddress("127.0.0.1", "10.9.9.9, 10.1.2.3", trusted)).toBe("10.9.9.9");
  expect(clientAddress("127.0.0.1", "not-an-ip, 10.1.2.3", trusted)).toBe("10.1.2.3");
  expect(clientAddress("10.0.0.2", "[fd00::1]:443, 198.51.100.9:5678", trusted)).toBe("198.51.100.9");
});

test("loopback is 127.0.0.0/8 and ::1, in any spelling", () => {
  for (const a of ["127.0.0.1", "127.1.2.3", "::1", "::ffff:127.0.0.1", "[::1]:80"]) expect(isLoopback(a), a).toBe(true);
  for (const a of ["", "10.0.0.1", "::2", "128.0.0.1", "localhost"]) expect(isLoopback(a), a).toBe(false);
  expect(normalizeAddress(" ::FFFF:10.0.0.1 ")).toBe("10.0.0.1");
});

test("VIGIA_TRUSTED_PROXIES accepts IPs and CIDRs, v4 and v6, and names a bad entry", () => {
  expect(parseTrustedProxies("127.0.0.1, 10.0.0.0/8,::1,fd00::/8")).toEqual({ ok: true, list: ["127.0.0.1", "10.0.0.0/8", "::1", "fd00::/8"] });
  expect(parseTrustedProxies(undefined)).toEqual({ ok: true, list: [] });
  for (const bad of ["proxy.local", "10.0.0.0/33", "::1/129", "10.0.0.1/8/1", "10.0.0/8"]) {
    const r = parseTrustedProxies(`127.0.0.1,${bad}`);
    expect(r.ok, bad).toBe(false);
    expect(!r.ok && r.error).toContain(bad);
  }
});
