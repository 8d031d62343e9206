import { isLoopback, normalizeAddress } from "./client-address";
import { PEER_ADDRESS_HEADER, requestAddress, SENT_FORWARDED_FOR_HEADER } from "./request-address";
import { isTrustedProxy } from "./trusted-proxies";

/** From the machine Vigia runs on (a forwarded address counts only through a trusted proxy). */
export function isLocalRequest(headers: Headers, isTrusted: (address: string) => boolean = isTrustedProxy): boolean {
  // A reverse proxy on this machine that is not in VIGIA_TRUSTED_PROXIES makes every visitor look local; the
  // forwarding headers it adds give it away, so such a request is not taken as local (the code is asked for).
  const peer = normalizeAddress(headers.get(PEER_ADDRESS_HEADER) ?? "");
  const forwarded = !!headers.get(SENT_FORWARDED_FOR_HEADER) || headers.has("forwarded") || headers.has("x-real-ip");
  if (!isTrusted(peer) && forwarded) return false;
  return isLoopback(requestAddress(headers, isTrusted));
}
