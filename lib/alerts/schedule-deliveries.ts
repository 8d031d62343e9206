import type { AlertDelivery, Prisma } from "@/lib/generated/prisma/client";
import type { TChangeDraft } from "@/lib/schemas/dto";
import type { DeliveryFailure } from "./delivery-failure";
import { deliveryToDto } from "./delivery-to-dto";
import { isSuppressed } from "./is-suppressed";
import { resolvePolicy } from "./resolve-policy";

/** A closed incident still gets its recovery message this long after it ended (e.g. after quiet hours). */
const RECOVERY_HORIZON_MS = 24 * 3_600_000;

/**
 * Decides, in the alert loop's transaction, which messages are now due, and writes them as alert_delivery rows;
 * their unique key (incident, channel, purpose, ordinal) makes a decision taken twice one message. Per incident
 * and channel (every enabled channel of the incident's instance or of all instances):
 * - opened: once the policy's delay has passed since the incident started (and Vigia knew of it), unless paused
 *   (lib/alerts/is-suppressed.ts); an incident that ends within the delay, a flap, sends nothing at all;
 * - reminder n: every reminderMinutes after the opened message was sent, while the incident lasts;
 * - recovered: when the incident ends, if its opened message went out; one still unsent is withdrawn instead.
 */
export async function scheduleDeliveries(tx: Prisma.TransactionClient, now: Date): Promise<TChangeDraft[]> {
  const channels = await tx.alertChannel.findMany({ where: { enabled: true }, select: { id: true, instanceId: true } });
  if (channels.length === 0) return [];
  const policies = new Map((await tx.alertPolicy.findMany()).map((p) => [p.scope, p]));
  const windows = await tx.maintenanceWindow.findMany({ where: { startsAt: { lte: now }, endsAt: { gt: now } } });
  const incidents = await tx.incident.findMany({
    where: { OR: [{ endedAt: null }, { endedAt: { gt: new Date(now.getTime() - RECOVERY_HORIZON_MS) } }] },
    include: { deliveries: true },
  });
  const creates: Prisma.AlertDeliveryCreateManyInput[] = [];
  const drafts: TChangeDraft[] = [];
  for (const incident of incidents) {
    const policy = resolvePolicy(policies, incident.instanceId);
    const paused = isSuppressed(policy, windows, incident.instanceId, now);
    const due = new Date(Math.max(incident.startedAt.getTime() + policy.delaySeconds * 1000, incident.createdAt.getTime()));
    for (const channel of channels) {
      if (channel.instanceId !== null && channel.instanceId !== incident.instanceId) continue;
      const mine = incident.deliveries.filter((d) => d.channelId === channel.id);
      const opened = mine.find((d) => d.purpose === "opened");
      const add = (purpose: string, ordinal = 0) => creates.push({ incidentId: incident.id, channelId: channel.id, purpose, ordinal, nextAttemptAt: now });
      if (incident.endedAt === null) {
        if (!opened) {
          if (now >= due && !paused) add("opened");
        } else if (opened.status === "sent" && opened.sentAt && policy.reminderMinutes > 0 && !paused) {
          const n = Math.floor((now.getTime() - opened.sentAt.getTime()) / (policy.reminderMinutes * 60_000));
          if (n >= 1 && !mine.some((d) => d.purpose === "reminder" && d.ordinal >= n)) add("reminder", n);
        }
        continue;
      }
      if (!opened || opened.status === "suppressed" || mine.some((d) => d.purpose === "recovered")) continue;
      if (opened.status === "pending" && opened.attempts === 0) {
        drafts.push(await withdraw(tx, opened));
        continue;
      }
      if (policy.sendRecovery && !paused) add("recovered");
    }
  }
  if (creates.length) await tx.alertDelivery.createMany({ data: creates, skipDuplicates: true });
  return drafts;
}

async function withdraw(tx: Prisma.TransactionClient, d: AlertDelivery): Promise<TChangeDraft> {
  const row = await tx.alertDelivery.update({ where: { id: d.id }, data: { status: "suppressed", lastError: "incident_ended" satisfies DeliveryFailure } });
  return { kind: "alert:delivered", payload: deliveryToDto(row) };
}
