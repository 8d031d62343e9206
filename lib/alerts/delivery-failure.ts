/**
 * The failures Vigia itself decides, stored in `alert_delivery.last_error` as these codes so every screen says
 * them in the reader's words (messages: `alertSettings.deliveryFailure.*`). Anything else in `last_error` is a
 * channel's own answer ("Slack answered 404: no_service"), shown as it came, marked as the channel's words.
 */
export const DELIVERY_FAILURES = ["no_push_subscribers", "push_subscriptions_gone", "incident_ended"] as const;
export type DeliveryFailure = (typeof DELIVERY_FAILURES)[number];

export function knownDeliveryFailure(lastError: string | null | undefined): DeliveryFailure | null {
  return DELIVERY_FAILURES.find((code) => code === lastError) ?? null;
}
