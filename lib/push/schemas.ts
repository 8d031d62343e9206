import { z } from "zod";

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * A push service's URL: https, as every browser's push service is; plain http only on this machine (a local
 * push service in development and tests). Vigia POSTs to it, so nothing else is accepted.
 */
const ZEndpoint = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .refine((u) => {
    const url = new URL(u);
    return url.protocol === "https:" || LOOPBACK.has(url.hostname);
  }, "a push service's address starts with https://");

const ZBase64Url = z.string().regex(/^[A-Za-z0-9_-]+={0,2}$/);

/** What `PushSubscription.toJSON()` gives in the browser, plus nothing else. */
export const ZPushSubscriptionInput = z.object({
  endpoint: ZEndpoint,
  keys: z.object({ p256dh: ZBase64Url.min(80).max(100), auth: ZBase64Url.min(16).max(32) }),
});
export type TPushSubscriptionInput = z.infer<typeof ZPushSubscriptionInput>;

export const ZPushUnsubscribeInput = z.object({ endpoint: z.string().min(1).max(2000) });
