import "server-only";
import { headers } from "next/headers";

/** The origin the browser used, honouring a TLS-terminating proxy's forwarded headers. */
export async function requestOrigin(): Promise<string> {
  const list = await headers();
  const host = list.get("x-forwarded-host")?.split(",")[0]?.trim() || list.get("host") || "localhost";
  const proto = list.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  return `${proto === "https" ? "https" : "http"}://${host}`;
}
