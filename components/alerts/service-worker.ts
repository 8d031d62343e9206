/**
 * The browser side of Web Push: Vigia's service worker (public/sw.js) and this browser's push subscription.
 * Every function here runs in the browser only.
 */

export const SERVICE_WORKER_URL = "/sw.js";

export type TPushSupport = "supported" | "unsupported" | "insecure";

/** Push needs a service worker, the Push API and notifications, and a secure page (HTTPS, or localhost). */
export function pushSupport(): TPushSupport {
  if (typeof window === "undefined") return "unsupported";
  if (!window.isSecureContext) return "insecure";
  if (!("serviceWorker" in navigator) || !("PushManager" in window) || typeof Notification === "undefined") return "unsupported";
  return "supported";
}

/** Registers the service worker (a no-op when it already is) and waits until it is active. */
export async function readyRegistration(): Promise<ServiceWorkerRegistration> {
  await navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: "/" });
  return navigator.serviceWorker.ready;
}

/** A VAPID public key (base64url, as /api/push/vapid-public-key gives it) as the bytes subscribe() takes. */
export function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(base64url.length / 4) * 4, "=");
  const raw = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

/** Whether a subscription was made with this key: after a key change, the push service refuses Vigia's pushes. */
export function madeWithKey(sub: PushSubscription, key: Uint8Array): boolean {
  const current = sub.options.applicationServerKey;
  if (!current) return false;
  const a = new Uint8Array(current);
  return a.length === key.length && a.every((b, i) => b === key[i]);
}
