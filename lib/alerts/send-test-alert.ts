import type { Db } from "@/lib/db/client";
import { appendChanges } from "@/lib/changes/append-changes";
import type { TAlertDeliveryDto } from "@/lib/schemas/dto";
import { ZChannelConfig } from "./channel-config";
import { composeAlert } from "./compose-alert";
import { deliveryToDto } from "./delivery-to-dto";
import { sendToChannel } from "./channels/send-to-channel";
import { resolvePolicy } from "./resolve-policy";

/**
 * The settings' "send test" button: sends a test message through one channel now, in the request, and logs it
 * like any delivery, so the answer says at once whether the channel works and, if not, what it said.
 */
export async function sendTestAlert(db: Db, channelId: string): Promise<TAlertDeliveryDto | null> {
  const channel = await db.alertChannel.findUnique({ where: { id: channelId } });
  if (!channel) return null;
  const now = new Date();
  const policies = new Map((await db.alertPolicy.findMany()).map((p) => [p.scope, p]));
  const policy = resolvePolicy(policies, channel.instanceId);
  const delivery = await db.alertDelivery.create({ data: { channelId, purpose: "test", status: "sending", attempts: 1, claimedAt: now } });
  let error: string | null = null;
  try {
    const config = ZChannelConfig.safeParse({ ...(channel.config as object), kind: channel.kind });
    if (!config.success) throw new Error("the channel's settings are not valid");
    await sendToChannel(config.data, composeAlert("test", { incident: null, instanceLabel: null }, policy, now, null), {
      db,
      deliveryId: delivery.id.toString(),
      type: "test",
      incident: null,
      aboutInstanceId: null,
      now,
    });
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  const row = await db.$transaction(async (tx) => {
    const r = await tx.alertDelivery.update({ where: { id: delivery.id }, data: { status: error ? "failed" : "sent", sentAt: error ? null : new Date(), lastError: error } });
    await appendChanges(tx, [{ kind: "alert:delivered", payload: deliveryToDto(r) }]);
    return r;
  });
  return deliveryToDto(row);
}
