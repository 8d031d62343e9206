import type { TAlertMessage } from "../compose-alert";
import { expectAccepted, PermanentSendFailure, SEND_TIMEOUT_MS } from "./send-failure";

/**
 * A text through another Z-API instance: POST {apiBase}/instances/{id}/token/{token}/send-text with the account's
 * Client-Token header (Z-API's "send text" endpoint). An alert about the sending instance itself would go
 * through the very instance that is down, so it is refused rather than silently lost in Z-API's queue.
 */
export async function sendWhatsapp(
  config: { instanceId: string; instanceToken: string; clientToken?: string; phone: string; apiBase: string },
  message: TAlertMessage,
  aboutInstanceId: string | null,
): Promise<void> {
  if (aboutInstanceId === config.instanceId) throw new PermanentSendFailure("this channel sends through the instance the alert is about");
  const base = config.apiBase.replace(/\/$/, "");
  const res = await fetch(`${base}/instances/${encodeURIComponent(config.instanceId)}/token/${encodeURIComponent(config.instanceToken)}/send-text`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(config.clientToken ? { "client-token": config.clientToken } : {}) },
    body: JSON.stringify({ phone: config.phone, message: message.text }),
    signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
  });
  await expectAccepted(res, "Z-API");
}
