import type { Prisma } from "@/lib/generated/prisma/client";
import type { TChangeDraft } from "@/lib/schemas/dto";
import { incidentToDto } from "./incident-to-dto";

const CURSOR_KEY = "incidents.connection_seq";
const PAGE = 500;

/**
 * Turns the connection events written since the last call into disconnection incidents, in the caller's
 * transaction (which also moves the cursor, so each event is used exactly once). A disconnect opens an
 * incident unless one is open; a connect closes the open one it follows. Events arrive out of order
 * (docs/zapi/SPEC.md §2.3): a connect older than the open incident's start closes nothing, and a late disconnect
 * that a connect already followed opens an incident that is closed at once, so the outage is still counted.
 */
export async function trackConnectionIncidents(tx: Prisma.TransactionClient): Promise<TChangeDraft[]> {
  const cursor = await tx.setting.findUnique({ where: { key: CURSOR_KEY } });
  const after = BigInt(cursor?.value ?? "0");
  const events = await tx.connectionEvent.findMany({ where: { seq: { gt: after } }, orderBy: { seq: "asc" }, take: PAGE });
  if (events.length === 0) return [];
  const drafts: TChangeDraft[] = [];
  for (const e of events) {
    const open = await tx.incident.findFirst({ where: { instanceId: e.instanceId, kind: "disconnected", endedAt: null } });
    if (e.kind === "disconnected") {
      if (open) {
        if (e.at < open.startedAt) {
          const moved = await tx.incident.update({ where: { id: open.id }, data: { startedAt: e.at } });
          drafts.push({ kind: "incident:upserted", payload: incidentToDto(moved) });
        }
        continue;
      }
      const laterConnect = await tx.connectionEvent.findFirst({
        where: { instanceId: e.instanceId, kind: "connected", at: { gt: e.at } },
        orderBy: { at: "asc" },
      });
      const created = await tx.incident.create({
        data: { instanceId: e.instanceId, kind: "disconnected", startedAt: e.at, endedAt: laterConnect?.at ?? null, reason: e.reason },
      });
      drafts.push({ kind: "incident:upserted", payload: incidentToDto(created) });
    } else if (e.kind === "connected" && open && e.at >= open.startedAt) {
      const closed = await tx.incident.update({ where: { id: open.id }, data: { endedAt: e.at } });
      drafts.push({ kind: "incident:upserted", payload: incidentToDto(closed) });
    }
  }
  const last = (events.at(-1)?.seq ?? after).toString();
  await tx.setting.upsert({ where: { key: CURSOR_KEY }, create: { key: CURSOR_KEY, value: last }, update: { value: last } });
  return drafts;
}
