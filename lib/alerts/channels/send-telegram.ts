import type { TAlertMessage } from "../compose-alert";
import { expectAccepted, SEND_TIMEOUT_MS } from "./send-failure";

/** The Bot API's sendMessage (https://core.telegram.org/bots/api#sendmessage), plain text. */
export async function sendTelegram(config: { botToken: string; chatId: string; apiBase: string }, message: TAlertMessage): Promise<void> {
  const res = await fetch(`${config.apiBase.replace(/\/$/, "")}/bot${config.botToken}/sendMessage`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ chat_id: config.chatId, text: message.text, disable_web_page_preview: true }),
    signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
  });
  await expectAccepted(res, "Telegram");
}
