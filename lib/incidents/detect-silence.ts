import type { Prisma } from "@/lib/generated/prisma/client";
import type { TChangeDraft } from "@/lib/schemas/dto";
import { incidentToDto } from "./incident-to-dto";
import { ALL_INSTANCES, loadHourlyHistories } from "./load-hourly-history";
import { hourOfWeek, silenceThresholdMinutes, type HourlyHistory } from "./silence-threshold";

const HISTORY_TTL_MS = 3_600_000;

const NO_HISTORY: HourlyHistory = { counts: [], weeks: 0 };

/** The learned histories, recomputed at most once an hour (one scan of four weeks of the raw log). */
export class HistoryCache {
  private loaded: { at: number; histories: Map<string, HourlyHistory> } | undefined;
  async get(tx: Prisma.TransactionClient, instanceId: string | null, now: Date): Promise<HourlyHistory> {
    if (!this.loaded || Math.abs(now.getTime() - this.loaded.at) >= HISTORY_TTL_MS) {
      this.loaded = { at: now.getTime(), histories: await loadHourlyHistories(tx, now) };
    }
    return this.loaded.histories.get(instanceId ?? ALL_INSTANCES) ?? NO_HISTORY;
  }
}

/**
 * Opens a "silent" incident for an instance that is not known to be disconnected (connected, or receiving
 * events with no connection reported yet) and has received nothing for clearly longer than usual at this hour
 * (lib/incidents/silence-threshold.ts) or than its manual threshold; closes it when an event arrives or the
 * instance disconnects (the disconnection incident then tells the story). The same for the whole installation:
 * no webhook at all usually means the URL, TLS or a proxy broke, not WhatsApp.
 */
export async function detectSilence(tx: Prisma.TransactionClient, now: Date, cache: HistoryCache): Promise<TChangeDraft[]> {
  const drafts: TChangeDraft[] = [];
  const policies = new Map((await tx.alertPolicy.findMany({ select: { scope: true, silenceMinutes: true } })).map((p) => [p.scope, p.silenceMinutes]));
  const instances = await tx.instance.findMany({ select: { id: true, state: true, stateChangedAt: true, lastEventAt: true } });
  const open = new Map(
    (await tx.incident.findMany({ where: { kind: { in: ["silent", "no_webhooks"] }, endedAt: null } })).map((i) => [`${i.kind}:${i.instanceId ?? ""}`, i]),
  );
  const how = hourOfWeek(now);

  const settle = async (key: string, instanceId: string | null, kind: "silent" | "no_webhooks", last: Date | null, quiet: boolean, endAt: Date | null) => {
    const incident = open.get(key);
    if (incident && (endAt || (last && last > incident.startedAt))) {
      const closed = await tx.incident.update({ where: { id: incident.id }, data: { endedAt: endAt ?? last } });
      drafts.push({ kind: "incident:upserted", payload: incidentToDto(closed) });
    } else if (!incident && quiet && last && !endAt) {
      const created = await tx.incident.create({ data: { instanceId, kind, startedAt: last } });
      drafts.push({ kind: "incident:upserted", payload: incidentToDto(created) });
    }
  };

  for (const i of instances) {
    if (!i.lastEventAt) continue;
    const manual = policies.get(i.id) ?? null;
    const minutes = manual ?? silenceThresholdMinutes(await cache.get(tx, i.id, now), how);
    const quiet = minutes !== null && now.getTime() - i.lastEventAt.getTime() > minutes * 60_000;
    const disconnectedAt = i.state === "disconnected" ? (i.stateChangedAt ?? now) : null;
    await settle(`silent:${i.id}`, i.id, "silent", i.lastEventAt, quiet && !disconnectedAt, disconnectedAt);
  }

  const newest = await tx.rawEvent.findFirst({ orderBy: { id: "desc" }, select: { receivedAt: true } });
  const manual = policies.get("global") ?? null;
  const minutes = manual ?? silenceThresholdMinutes(await cache.get(tx, null, now), how);
  const last = newest?.receivedAt ?? null;
  const quiet = minutes !== null && last !== null && now.getTime() - last.getTime() > minutes * 60_000;
  await settle("no_webhooks:", null, "no_webhooks", last, quiet, null);
  return drafts;
}
