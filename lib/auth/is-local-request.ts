import { isLoopback } from "./client-address";
import { requestAddress } from "./request-address";

/** From the machine Vigia runs on (a forwarded address counts only through a trusted proxy). */
export function isLocalRequest(headers: Headers): boolean {
  return isLoopback(requestAddress(headers));
}
