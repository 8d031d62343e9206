import type { TAlertMessage } from "../compose-alert";
import { expectAccepted, SEND_TIMEOUT_MS } from "./send-failure";

/** A Slack-compatible incoming webhook (Slack, Mattermost, Rocket.Chat, Discord's /slack endpoint): `{ text }`. */
export async function sendSlack(config: { url: string }, message: TAlertMessage): Promise<void> {
  const res = await fetch(config.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text: message.text }),
    signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
  });
  await expectAccepted(res, "Slack");
}
