import { BlockList, isIP } from "node:net";

/**
 * VIGIA_TRUSTED_PROXIES: the reverse proxies whose `X-Forwarded-For` is believed, as a comma list of IPs and
 * CIDRs ("127.0.0.1, 10.0.0.0/8, ::1"). Anyone else can write that header, so from anyone else it is ignored.
 */
export function parseTrustedProxies(value: string | undefined): { ok: true; list: string[] } | { ok: false; error: string } {
  const list = (value ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  for (const entry of list) {
    const [address = "", prefix, extra] = entry.split("/");
    const family = isIP(address);
    const bits = family === 4 ? 32 : 128;
    const badPrefix = prefix !== undefined && !(/^\d{1,3}$/.test(prefix) && Number(prefix) <= bits);
    if (!family || badPrefix || extra !== undefined) return { ok: false, error: `"${entry}" is not an IP address or CIDR (like 10.0.0.0/8)` };
  }
  return { ok: true, list };
}

/** The list as a matcher; an empty list trusts nobody. */
export function trustedProxyMatcher(list: string[]): (address: string) => boolean {
  const blocks = new BlockList();
  for (const entry of list) {
    const [address = "", prefix] = entry.split("/");
    const type = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) blocks.addAddress(address, type);
    else blocks.addSubnet(address, Number(prefix), type);
  }
  return (address) => {
    const family = isIP(address);
    return family !== 0 && blocks.check(address, family === 6 ? "ipv6" : "ipv4");
  };
}

declare global {
  var __vigiaTrustedProxy: ((address: string) => boolean) | undefined;
}

/** This process's matcher (the value was validated at start by lib/config/env.ts; route bundles share it). */
export function isTrustedProxy(address: string): boolean {
  if (!globalThis.__vigiaTrustedProxy) {
    const parsed = parseTrustedProxies(process.env.VIGIA_TRUSTED_PROXIES);
    globalThis.__vigiaTrustedProxy = trustedProxyMatcher(parsed.ok ? parsed.list : []);
  }
  return globalThis.__vigiaTrustedProxy(address);
}
