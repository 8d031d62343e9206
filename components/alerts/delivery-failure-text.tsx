import { useTranslations } from "next-intl";
import { knownDeliveryFailure } from "@/lib/alerts/delivery-failure";

/**
 * Why an alert delivery failed, in the reader's words when Vigia decided it (lib/alerts/delivery-failure.ts);
 * otherwise the channel's own answer, quoted as it came (a Slack or SMTP server speaks its own language).
 */
export function DeliveryFailureText({ error }: { error: string }) {
  const t = useTranslations("alertSettings.deliveryFailure");
  const known = knownDeliveryFailure(error);
  return known ? t(known) : t("channelSaid", { error });
}
