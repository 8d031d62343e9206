import type { Db } from "@/lib/db/client";
import { chatToDto } from "@/lib/dto/chat-to-dto";
import { instanceToDto } from "@/lib/dto/instance-to-dto";
import { messageToDto } from "@/lib/dto/message-to-dto";
import type { TChatDto, TInstanceDto, TMessageDto, TRawEventDetailDto } from "@/lib/schemas/dto";

/** A message the event is about, and whether this very event created it. */
export type EventMessage = { message: TMessageDto; chat: TChatDto; createdHere: boolean };

export type EventEffects = {
  instance: TInstanceDto | null;
  messages: EventMessage[];
  /** Receipts this event recorded (MessageStatusCallback: one per id of `ids[]`, docs/zapi/SPEC.md §2.3). */
  statuses: { messageId: string; status: string; at: string }[];
  /** Send results this event recorded (DeliveryCallback). */
  deliveries: { messageId: string; error: string | null; errorCode: string | null }[];
  connections: { kind: string; reason: string | null; at: string }[];
};

/** The most message ids of one body looked up (a receipt can name many; the page lists a glance). */
const MAX_IDS = 50;

/** The message ids a body names: `messageId` (messages, send results) and `ids[]` (receipts). */
function messageIdsOf(body: unknown): string[] {
  if (typeof body !== "object" || body === null) return [];
  const { messageId, ids } = body as { messageId?: unknown; ids?: unknown };
  const found = [messageId, ...(Array.isArray(ids) ? (ids as unknown[]) : [])].filter((v): v is string => typeof v === "string" && v !== "");
  return [...new Set(found)].slice(0, MAX_IDS);
}

function parseBody(event: TRawEventDetailDto): unknown {
  if (event.bodyEncoding !== "utf8") return null;
  try {
    return JSON.parse(event.body) as unknown;
  } catch {
    return null;
  }
}

/**
 * What one raw event changed, for its detail page. The rows are found by the keys the body names (all
 * indexed: message and receipt by instance + message id), then kept only when this event wrote them, so
 * the page never scans a table for `raw_event_id`.
 */
export async function getEventEffects(db: Db, event: TRawEventDetailDto): Promise<EventEffects> {
  const instanceId = event.instanceId;
  if (!instanceId) return { instance: null, messages: [], statuses: [], deliveries: [], connections: [] };
  const rawEventId = BigInt(event.id);
  const ids = messageIdsOf(parseBody(event));
  const byIds = { instanceId, messageId: { in: ids } };
  const [instance, messages, statuses, deliveries, connections] = await Promise.all([
    db.instance.findUnique({ where: { id: instanceId } }),
    ids.length ? db.message.findMany({ where: byIds, include: { chat: true }, take: MAX_IDS }) : [],
    ids.length ? db.statusTransition.findMany({ where: { ...byIds, rawEventId }, orderBy: { id: "asc" }, take: MAX_IDS }) : [],
    ids.length ? db.deliveryResult.findMany({ where: { ...byIds, rawEventId }, take: MAX_IDS }) : [],
    db.connectionEvent.findMany({ where: { instanceId, rawEventId }, orderBy: { at: "desc" }, take: 5 }),
  ]);
  return {
    instance: instance ? instanceToDto(instance) : null,
    messages: messages.map((m) => ({ message: messageToDto(m), chat: chatToDto(m.chat), createdHere: m.firstRawEventId === rawEventId })),
    statuses: statuses.map((s) => ({ messageId: s.messageId, status: s.status, at: s.at.toISOString() })),
    deliveries: deliveries.map((d) => ({ messageId: d.messageId, error: d.error, errorCode: d.errorCode })),
    connections: connections.map((c) => ({ kind: c.kind, reason: c.reason, at: c.at.toISOString() })),
  };
}
