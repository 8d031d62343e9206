import { isLoopback, normalizeAddress } from "./client-address";
import { PEER_ADDRESS_HEADER, requestAddress } from "./request-address";
import { isTrustedProxy } from "./trusted-proxies";

const FORWARDING_HEADERS = ["x-forwarded-for", "forwarded", "x-real-ip"];

/** From the machine Vigia runs on (a forwarded address counts only through a trusted proxy). */
export function isLocalRequest(headers: Headers, isTrusted: (address: string) => boolean = isTrustedProxy): boolean {
  // A reverse proxy on this machine that is not in VIGIA_TRUSTED_PROXIES makes every visitor look local; the
  // forwarding headers it adds give it away, so such a request is not taken as local (the code is asked for).
  const peer = normalizeAddress(headers.get(PEER_ADDRESS_HEADER) ?? "");
  if (!isTrusted(peer) && FORWARDING_HEADERS.some((h) => headers.has(h))) return false;
  return isLoopback(requestAddress(headers, isTrusted));
}
