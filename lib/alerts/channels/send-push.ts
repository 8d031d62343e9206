import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { MAX_BODY_CHARS, type TPushPayload } from "@/lib/push/push-payload";
import { sendWebPush } from "@/lib/push/send-web-push";
import { getVapidKeys } from "@/lib/push/vapid-keys";
import type { TAlertMessage } from "../compose-alert";
import type { DeliveryFailure } from "../delivery-failure";
import { PermanentSendFailure } from "./send-failure";

const ZIncidentRef = z.object({ id: z.string() });

/**
 * Web Push to every browser or phone a user of this installation subscribed (lib/push/). Each subscription
 * gets the same payload, tagged with the delivery: when a retry sends it again to a browser that already had
 * it, the service worker (public/sw.js) replaces that notification instead of showing a second one.
 * A subscription the push service calls gone (404/410) is deleted. The delivery succeeds when every browser
 * still subscribed took it; any other failure is retried with the delivery's backoff.
 */
export async function sendPush(db: Db, message: TAlertMessage, meta: { deliveryId: string; incident: unknown }): Promise<void> {
  const rows = await db.pushSubscription.findMany({ orderBy: { createdAt: "asc" } });
  if (rows.length === 0) throw new PermanentSendFailure("no_push_subscribers" satisfies DeliveryFailure);
  const keys = await getVapidKeys(db);
  const admin = await db.user.findFirst({ where: { role: "admin" }, orderBy: { createdAt: "asc" }, select: { email: true } });
  // The VAPID subject is a contact for the push service's operator (RFC 8292 §2.1): the first admin.
  const subject = `mailto:${admin?.email ?? "vigia@localhost"}`;
  const incident = ZIncidentRef.safeParse(meta.incident);
  // Without a public URL the service worker opens the path on its own origin, which is Vigia's.
  const url = message.url ?? (incident.success ? `/incidents/${incident.data.id}` : "/settings/alerts");
  const payload: TPushPayload = { title: message.title, body: message.text.slice(0, MAX_BODY_CHARS), url, tag: `vigia-alert-${meta.deliveryId}` };
  const body = JSON.stringify(payload);

  const results = await Promise.all(rows.map(async (row) => ({ row, result: await sendWebPush(row, body, keys, subject) })));
  const sent = results.filter((r) => r.result === "sent").map((r) => r.row.id);
  const gone = results.filter((r) => r.result === "gone").map((r) => r.row.id);
  if (sent.length) await db.pushSubscription.updateMany({ where: { id: { in: sent } }, data: { lastSuccessAt: new Date() } });
  if (gone.length) await db.pushSubscription.deleteMany({ where: { id: { in: gone } } });
  const errors = results.flatMap((r) => (typeof r.result === "object" ? [r.result.error] : []));
  if (errors.length) throw new Error(`${errors.length} of ${rows.length} browsers did not take the push: ${errors[0] ?? ""}`);
  if (sent.length === 0) throw new PermanentSendFailure("push_subscriptions_gone" satisfies DeliveryFailure);
}
