import type { IncomingHttpHeaders } from "node:http";
import { clientAddress } from "./client-address";
import { isTrustedProxy } from "./trusted-proxies";

/** The socket's remote address: Next's Request does not expose the peer. */
export const PEER_ADDRESS_HEADER = "x-vigia-peer-address";
/** X-Forwarded-For as the client sent it (empty if none): Next fills in its own when absent (base-server.js). */
export const SENT_FORWARDED_FOR_HEADER = "x-vigia-sent-forwarded-for";

/**
 * Called by the custom server (lib/runtime/start-vigia.ts) on every request before Next sees it. Both headers
 * are always overwritten, so a client cannot supply them.
 */
export function stampPeer(headers: IncomingHttpHeaders, remoteAddress: string | undefined): void {
  const sent = headers["x-forwarded-for"];
  headers[SENT_FORWARDED_FOR_HEADER] = Array.isArray(sent) ? sent.join(", ") : (sent ?? "");
  headers[PEER_ADDRESS_HEADER] = remoteAddress ?? "";
}

/** The client's address for a route handler's `req.headers` or a page's `await headers()`. */
export function requestAddress(headers: Headers, isTrusted: (address: string) => boolean = isTrustedProxy): string {
  return clientAddress(headers.get(PEER_ADDRESS_HEADER) ?? "", headers.get(SENT_FORWARDED_FOR_HEADER) || null, isTrusted);
}
