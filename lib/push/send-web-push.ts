import webPush from "web-push";
import type { PushSubscription as TPushRow } from "@/lib/generated/prisma/client";
import { SEND_TIMEOUT_MS } from "@/lib/alerts/channels/send-failure";
import type { TVapidKeys } from "./vapid-keys";

export type TPushResult = "sent" | "gone" | { error: string };

/**
 * One push to one browser: web-push encrypts the payload (aes128gcm, RFC 8291) and signs the VAPID header
 * (RFC 8292); the POST itself goes through fetch, with the same timeout as every channel, so a local push
 * service on plain http (development, test/helpers/push-service.ts) works as well as the browsers' https ones.
 * 404/410 is the push service saying the browser dropped this subscription: "gone".
 */
export async function sendWebPush(row: TPushRow, payload: string, keys: TVapidKeys, subject: string): Promise<TPushResult> {
  const details = webPush.generateRequestDetails({ endpoint: row.endpoint, keys: { p256dh: row.p256dh, auth: row.auth } }, payload, {
    vapidDetails: { subject, publicKey: keys.publicKey, privateKey: keys.privateKey },
    TTL: 24 * 3600,
    urgency: "high",
    contentEncoding: "aes128gcm",
  });
  // fetch sets Content-Length itself; the other headers are strings on the wire.
  const headers = Object.fromEntries(Object.entries(details.headers).filter(([k]) => k.toLowerCase() !== "content-length").map(([k, v]) => [k, String(v)]));
  let res: Response;
  try {
    res = await fetch(details.endpoint, { method: "POST", headers, body: details.body ? new Uint8Array(details.body) : undefined, signal: AbortSignal.timeout(SEND_TIMEOUT_MS) });
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
  if (res.ok) return "sent";
  if (res.status === 404 || res.status === 410) return "gone";
  const body = (await res.text().catch(() => "")).slice(0, 200);
  return { error: `the push service answered ${res.status}${body ? `: ${body}` : ""}` };
}
