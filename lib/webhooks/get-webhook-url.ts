import "server-only";
import { getRuntime } from "@/lib/runtime/runtime";

/** The URL to configure in Z-API; contains the secret, so only for logged-in admins. */
export function getWebhookUrl(origin: string): string {
  const rt = getRuntime();
  const base = (rt.publicUrl ?? origin).replace(/\/$/, "");
  return `${base}/api/webhooks/zapi/${rt.webhookSecret}`;
}
