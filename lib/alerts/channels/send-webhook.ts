import { Webhook } from "standardwebhooks";
import type { TAlertMessage } from "../compose-alert";
import { expectAccepted, SEND_TIMEOUT_MS } from "./send-failure";

export type TWebhookAlertBody = {
  type: string;
  timestamp: string;
  data: { title: string; text: string; url: string | null; incident: unknown };
};

/**
 * A JSON body signed per the Standard Webhooks scheme (https://www.standardwebhooks.com): `webhook-id` is the
 * delivery's id, the same on every retry, so a receiver can drop a repeat.
 */
export async function sendWebhook(config: { url: string; secret: string }, message: TAlertMessage, meta: { deliveryId: string; type: string; incident: unknown; now: Date }): Promise<void> {
  const body: TWebhookAlertBody = {
    type: meta.type,
    timestamp: meta.now.toISOString(),
    data: { title: message.title, text: message.text, url: message.url, incident: meta.incident },
  };
  const payload = JSON.stringify(body);
  const id = `alert_${meta.deliveryId}`;
  const signature = new Webhook(config.secret).sign(id, meta.now, payload);
  const res = await fetch(config.url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "webhook-id": id,
      "webhook-timestamp": String(Math.floor(meta.now.getTime() / 1000)),
      "webhook-signature": signature,
    },
    body: payload,
    signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
  });
  await expectAccepted(res, "The webhook");
}
