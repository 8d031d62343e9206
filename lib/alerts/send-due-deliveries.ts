import type { Db } from "@/lib/db/client";
import { appendChanges } from "@/lib/changes/append-changes";
import { instanceLabel } from "@/components/format/instance-label";
import { incidentToDto } from "@/lib/incidents/incident-to-dto";
import { instanceToDto } from "@/lib/dto/instance-to-dto";
import { nextAttemptAt } from "./backoff";
import { ZChannelConfig } from "./channel-config";
import { composeAlert, type TAlertPurpose } from "./compose-alert";
import { deliveryToDto } from "./delivery-to-dto";
import { PermanentSendFailure } from "./channels/send-failure";
import { sendToChannel } from "./channels/send-to-channel";
import { resolvePolicy } from "./resolve-policy";

const CLAIM = 20;
/** A delivery claimed longer ago than this was being sent by a process that died: it is tried again. */
const STALE_CLAIM_MS = 120_000;

/**
 * Sends what is due: claims rows (committed as `sending` before any network call, SKIP LOCKED so two processes
 * never take the same row), sends each, and records the outcome with a change so open dashboards see it. A
 * failure is retried with backoff (lib/alerts/backoff.ts). The only way to send twice is to die between a
 * channel's acceptance and the commit of `sent`; the generic webhook's `webhook-id` lets a receiver drop that repeat.
 */
export async function sendDueDeliveries(db: Db, now: Date, publicUrl: string | null): Promise<number> {
  const claimed = await db.$transaction(async (tx) => {
    const ids = (
      await tx.$queryRaw<{ id: bigint }[]>`
        SELECT id FROM alert_delivery
         WHERE (status = 'pending' AND next_attempt_at <= ${now})
            OR (status = 'sending' AND claimed_at < ${new Date(now.getTime() - STALE_CLAIM_MS)})
         ORDER BY next_attempt_at, id LIMIT ${CLAIM} FOR UPDATE SKIP LOCKED`
    ).map((r) => r.id);
    if (ids.length === 0) return [];
    await tx.alertDelivery.updateMany({ where: { id: { in: ids } }, data: { status: "sending", claimedAt: now, attempts: { increment: 1 } } });
    return tx.alertDelivery.findMany({ where: { id: { in: ids } }, include: { channel: true, incident: { include: { instance: true } } }, orderBy: { id: "asc" } });
  });
  if (claimed.length === 0) return 0;
  const policies = new Map((await db.alertPolicy.findMany()).map((p) => [p.scope, p]));

  for (const d of claimed) {
    const incident = d.incident;
    let outcome: { status: "sent" | "pending" | "failed" | "suppressed"; error: string | null; next?: Date };
    if (d.purpose === "reminder" && incident?.endedAt) {
      outcome = { status: "suppressed", error: "the incident ended before the reminder was sent" };
    } else {
      const config = ZChannelConfig.safeParse({ ...(d.channel.config as object), kind: d.channel.kind });
      const policy = resolvePolicy(policies, incident?.instanceId ?? null);
      const label = incident?.instance ? instanceLabel(instanceToDto(incident.instance), incident.instance.id) : null;
      const message = composeAlert(d.purpose as TAlertPurpose, { incident: incident && { ...incidentToDto(incident), startedAt: incident.startedAt, endedAt: incident.endedAt }, instanceLabel: label }, policy, now, publicUrl);
      try {
        if (!config.success) throw new PermanentSendFailure(`the channel's settings are not valid: ${config.error.issues[0]?.message ?? "?"}`);
        await sendToChannel(config.data, message, { db, deliveryId: d.id.toString(), type: `incident.${d.purpose}`, incident: incident && incidentToDto(incident), aboutInstanceId: incident?.instanceId ?? null, now });
        outcome = { status: "sent", error: null };
      } catch (e) {
        const error = e instanceof Error ? e.message : String(e);
        const next = e instanceof PermanentSendFailure ? null : nextAttemptAt(d.attempts, now);
        outcome = next ? { status: "pending", error, next } : { status: "failed", error };
      }
    }
    await db.$transaction(async (tx) => {
      const row = await tx.alertDelivery.update({
        where: { id: d.id },
        data: {
          status: outcome.status,
          lastError: outcome.error,
          sentAt: outcome.status === "sent" ? new Date() : null,
          ...(outcome.next ? { nextAttemptAt: outcome.next } : {}),
        },
      });
      await appendChanges(tx, [{ kind: "alert:delivered", payload: deliveryToDto(row) }]);
    });
  }
  return claimed.length;
}
