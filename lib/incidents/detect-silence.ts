import type { Db } from "@/lib/db/client";
import type { Prisma, ZapiCredential } from "@/lib/generated/prisma/client";
import type { TChangeDraft } from "@/lib/schemas/dto";
import { incidentToDto } from "./incident-to-dto";
import { ALL_INSTANCES, loadHourlyHistories } from "./load-hourly-history";
import { pollZapiStatus } from "./poll-zapi-status";
import { hourOfWeek, silenceThresholdMinutes, type HourlyHistory } from "./silence-threshold";

const HISTORY_TTL_MS = 3_600_000;
/** A status poll answers for this long; a suspect instance is asked again after it. */
const POLL_FRESH_MS = 60_000;
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

type Suspect = { id: string; lastEventAt: Date; credential: ZapiCredential | null };

/**
 * Instances that are not known to be disconnected (connected, or receiving events with no connection
 * reported yet) and have received nothing for clearly longer than usual at this hour of the week
 * (lib/incidents/silence-threshold.ts), or than their hand-set threshold.
 */
async function findSuspects(tx: Prisma.TransactionClient, now: Date, cache: HistoryCache): Promise<{ suspects: Suspect[]; watched: { id: string; state: string; stateChangedAt: Date | null; lastEventAt: Date }[] }> {
  const manual = new Map((await tx.alertPolicy.findMany({ select: { scope: true, silenceMinutes: true } })).map((p) => [p.scope, p.silenceMinutes]));
  const instances = await tx.instance.findMany({ where: { lastEventAt: { not: null } }, select: { id: true, state: true, stateChangedAt: true, lastEventAt: true, zapiCredential: true } });
  const how = hourOfWeek(now);
  const suspects: Suspect[] = [];
  const watched = [];
  for (const i of instances) {
    const lastEventAt = i.lastEventAt as Date;
    watched.push({ id: i.id, state: i.state, stateChangedAt: i.stateChangedAt, lastEventAt });
    if (i.state === "disconnected") continue;
    const minutes = manual.get(i.id) ?? silenceThresholdMinutes(await cache.get(tx, i.id, now), how);
    if (minutes !== null && now.getTime() - lastEventAt.getTime() > minutes * 60_000) suspects.push({ id: i.id, lastEventAt, credential: i.zapiCredential });
  }
  return { suspects, watched };
}

/**
 * After the alert tick's transaction (the network being slow): asks Z-API about every suspect instance whose
 * credentials are known and whose last answer is stale; the next tick reads the answers.
 */
export async function pollSuspects(db: Db, now: Date, cache: HistoryCache): Promise<void> {
  const { suspects } = await findSuspects(db, now, cache);
  const stale = suspects.filter((s) => s.credential && (!s.credential.polledAt || now.getTime() - s.credential.polledAt.getTime() >= POLL_FRESH_MS));
  await Promise.all(stale.map((s) => pollZapiStatus(db, s.credential as ZapiCredential, now)));
}

/**
 * Opens a "silent" incident for a suspect instance, unless Z-API's fresh status answer clears it (connected,
 * phone online: the instance is only quiet); Z-API saying it is not connected confirms it, with its words as
 * the reason. Closes it when an event arrives or the instance disconnects (that incident then tells the
 * story). The same for the whole installation: no webhook at all usually means the URL, TLS or a proxy broke.
 */
export async function detectSilence(tx: Prisma.TransactionClient, now: Date, cache: HistoryCache): Promise<TChangeDraft[]> {
  const drafts: TChangeDraft[] = [];
  const { suspects, watched } = await findSuspects(tx, now, cache);
  const suspected = new Map(suspects.map((s) => [s.id, s]));
  const open = new Map(
    (await tx.incident.findMany({ where: { kind: { in: ["silent", "no_webhooks"] }, endedAt: null } })).map((i) => [`${i.kind}:${i.instanceId ?? ""}`, i]),
  );

  const settle = async (o: { key: string; instanceId: string | null; kind: "silent" | "no_webhooks"; last: Date | null; quiet: boolean; endAt: Date | null; reason: string | null }) => {
    const incident = open.get(o.key);
    if (incident && (o.endAt || (o.last && o.last > incident.startedAt))) {
      const closed = await tx.incident.update({ where: { id: incident.id }, data: { endedAt: o.endAt ?? o.last } });
      drafts.push({ kind: "incident:upserted", payload: incidentToDto(closed) });
    } else if (!incident && o.quiet && o.last && !o.endAt) {
      const created = await tx.incident.create({ data: { instanceId: o.instanceId, kind: o.kind, startedAt: o.last, reason: o.reason } });
      drafts.push({ kind: "incident:upserted", payload: incidentToDto(created) });
    }
  };

  for (const i of watched) {
    const suspect = suspected.get(i.id);
    const fresh = (c: ZapiCredential | null) => !!c?.polledAt && now.getTime() - c.polledAt.getTime() < 2 * POLL_FRESH_MS;
    // Credentials known but no fresh answer yet: wait a tick for pollSuspects rather than guess.
    if (suspect?.credential && !fresh(suspect.credential) && !open.has(`silent:${i.id}`)) continue;
    const poll = suspect && fresh(suspect.credential) ? suspect.credential : null;
    const cleared = poll?.polledConnected === true && poll.polledPhoneConnected !== false;
    const reason = poll?.polledConnected === false ? `Z-API: ${poll.polledError ?? "not connected"}` : null;
    const disconnectedAt = i.state === "disconnected" ? (i.stateChangedAt ?? now) : null;
    await settle({ key: `silent:${i.id}`, instanceId: i.id, kind: "silent", last: i.lastEventAt, quiet: !!suspect && !cleared, endAt: disconnectedAt, reason });
  }

  const newest = await tx.rawEvent.findFirst({ orderBy: { id: "desc" }, select: { receivedAt: true } });
  const manual = (await tx.alertPolicy.findUnique({ where: { scope: "global" }, select: { silenceMinutes: true } }))?.silenceMinutes ?? null;
  const minutes = manual ?? silenceThresholdMinutes(await cache.get(tx, null, now), hourOfWeek(now));
  const last = newest?.receivedAt ?? null;
  const quiet = minutes !== null && last !== null && now.getTime() - last.getTime() > minutes * 60_000;
  await settle({ key: "no_webhooks:", instanceId: null, kind: "no_webhooks", last, quiet, endAt: null, reason: null });
  return drafts;
}
