import type { Db } from "@/lib/db/client";
import type { TAlertMessage } from "../compose-alert";
import type { TChannelConfig } from "../channel-config";
import { sendEmail } from "./send-email";
import { sendPush } from "./send-push";
import { sendSlack } from "./send-slack";
import { sendTelegram } from "./send-telegram";
import { sendWebhook } from "./send-webhook";
import { sendWhatsapp } from "./send-whatsapp";

/** `db`: the push channel reads its subscriptions and keys there. */
export type TSendMeta = { db: Db; deliveryId: string; type: string; incident: unknown; aboutInstanceId: string | null; now: Date };

/** Sends one alert through one channel; resolves when the channel accepted it, throws otherwise. */
export async function sendToChannel(config: TChannelConfig, message: TAlertMessage, meta: TSendMeta): Promise<void> {
  switch (config.kind) {
    case "slack":
      return sendSlack(config, message);
    case "telegram":
      return sendTelegram(config, message);
    case "webhook":
      return sendWebhook(config, message, meta);
    case "email":
      return sendEmail(config, message);
    case "whatsapp":
      return sendWhatsapp(config, message, meta.aboutInstanceId);
    case "push":
      return sendPush(meta.db, message, meta);
  }
}
