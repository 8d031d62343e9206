import type { Db } from "@/lib/db/client";
import { chatToDto } from "@/lib/dto/chat-to-dto";
import { instanceToDto } from "@/lib/dto/instance-to-dto";
import { messageToDto } from "@/lib/dto/message-to-dto";
import { deliveryToDto } from "@/lib/alerts/delivery-to-dto";
import type { TAlertDeliveryDto, TChatDto, TIncidentDto, TInstanceDto, TMessageDto } from "@/lib/schemas/dto";
import { STATUS_RANK } from "@/lib/messages/receipt-rules";
import { incidentToDto } from "./incident-to-dto";

/** How far before an incident a chat's last inbound message counts as "just before it". */
export const BEFORE_WINDOW_MS = 30 * 60_000;
const LIST_LIMIT = 100;

export type TIncidentDetail = {
  incident: TIncidentDto;
  instance: TInstanceDto | null;
  /** The connection events and alert deliveries, in time order. */
  timeline: ({ kind: "connection"; at: string; state: string; reason: string | null } | { kind: "alert"; at: string; delivery: TAlertDeliveryDto; channel: string })[];
  /** Sent by the instance during the gap and never delivered (no receipt beyond "sent"). */
  unconfirmed: TMessageDto[];
  /** Chats whose last inbound message came in the half hour before the incident: who may be waiting for an answer. */
  waitingChats: TChatDto[];
};

/** Everything the incident page shows; null for an unknown id. */
export async function getIncidentDetail(db: Db, id: bigint): Promise<TIncidentDetail | null> {
  const incident = await db.incident.findUnique({ where: { id }, include: { instance: true, deliveries: { include: { channel: true }, orderBy: { id: "asc" } } } });
  if (!incident) return null;
  const end = incident.endedAt ?? new Date();
  const instanceId = incident.instanceId;
  const [connections, unconfirmed, lastInbound] = instanceId
    ? await Promise.all([
        db.connectionEvent.findMany({ where: { instanceId, at: { gte: new Date(incident.startedAt.getTime() - BEFORE_WINDOW_MS), lte: end } }, orderBy: { at: "asc" }, take: LIST_LIMIT }),
        db.message.findMany({
          where: { instanceId, fromMe: true, sentAt: { gte: incident.startedAt, lte: end }, statusRank: { lt: STATUS_RANK.RECEIVED } },
          orderBy: { sentAt: "asc" },
          take: LIST_LIMIT,
        }),
        db.$queryRaw<{ chat_id: string }[]>`
          SELECT m.chat_id FROM message m
           WHERE m.instance_id = ${instanceId} AND NOT m.from_me
           GROUP BY m.chat_id
          HAVING max(m.sent_at) >= ${new Date(incident.startedAt.getTime() - BEFORE_WINDOW_MS)} AND max(m.sent_at) <= ${incident.startedAt}
           LIMIT ${LIST_LIMIT}`,
      ])
    : [[], [], []];
  const chats = lastInbound.length ? await db.chat.findMany({ where: { id: { in: lastInbound.map((r) => r.chat_id) } }, orderBy: { lastMessageAt: "desc" } }) : [];
  const timeline: TIncidentDetail["timeline"] = [
    ...connections.map((c) => ({ kind: "connection" as const, at: c.at.toISOString(), state: c.kind, reason: c.reason })),
    ...incident.deliveries.map((d) => ({ kind: "alert" as const, at: (d.sentAt ?? d.claimedAt ?? d.createdAt).toISOString(), delivery: deliveryToDto(d), channel: d.channel.name })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return {
    incident: incidentToDto(incident),
    instance: incident.instance ? instanceToDto(incident.instance) : null,
    timeline,
    unconfirmed: unconfirmed.map((m) => messageToDto(m)),
    waitingChats: chats.map((c) => chatToDto(c)),
  };
}
