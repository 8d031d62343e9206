import { isIP } from "node:net";

/** "::ffff:1.2.3.4" → "1.2.3.4"; "1.2.3.4:5678" and "[::1]:80" lose their port (some proxies add one). */
export function normalizeAddress(raw: string): string {
  let a = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1] as string;
  const withPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(a);
  if (withPort) a = withPort[1] as string;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(a);
  if (mapped) a = mapped[1] as string;
  return a.toLowerCase();
}

/**
 * The address of the client behind a request. `X-Forwarded-For` is read only when the peer itself is a trusted
 * proxy, and then from the right: each entry was appended by the hop to its right, so the first address that
 * is not a trusted proxy is the client. Entries further left were written by the client and prove nothing.
 */
export function clientAddress(peer: string, forwardedFor: string | null, isTrusted: (address: string) => boolean): string {
  let address = normalizeAddress(peer);
  if (!forwardedFor || !isTrusted(address)) return address;
  const hops = forwardedFor.split(",").map(normalizeAddress);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i] as string;
    if (!isIP(hop)) return address; // garbage where a proxy should have written an address: stop at the last real one
    address = hop;
    if (!isTrusted(hop)) return hop;
  }
  return address;
}

/** 127.0.0.0/8 and ::1: the machine Vigia runs on. */
export function isLoopback(address: string): boolean {
  const a = normalizeAddress(address);
  return a === "::1" || (isIP(a) === 4 && a.startsWith("127."));
}
