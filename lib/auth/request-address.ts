import { clientAddress } from "./client-address";
import { isTrustedProxy } from "./trusted-proxies";

/**
 * Set by the custom server (lib/runtime/start-vigia.ts) on every request from the socket's remote address,
 * overwriting whatever a client sent: Next's Request does not expose the peer address.
 */
export const PEER_ADDRESS_HEADER = "x-vigia-peer-address";

/** The client's address for a route handler's `req.headers` or a page's `await headers()`. */
export function requestAddress(headers: Headers): string {
  return clientAddress(headers.get(PEER_ADDRESS_HEADER) ?? "", headers.get("x-forwarded-for"), isTrustedProxy);
}
