import type { TZapiWebhook } from "@/lib/schemas/zapi";
import { buildChatRef } from "./build-chat-ref";
import type { TIntent } from "./intent";
import { interpretReceived } from "./interpret-received";
import { normaliseMoment } from "./normalise-moment";
import { resolveEventTime } from "./resolve-event-time";

/** A parsed webhook → the one intent it carries. Pure: `receivedAt` stands in for missing timestamps. */
export function interpretWebhook(body: TZapiWebhook, receivedAt: Date): TIntent {
  const instanceId = body.instanceId;
  switch (body.type) {
    case "ReceivedCallback":
      return interpretReceived(body, receivedAt);
    case "MessageStatusCallback": {
      // In groups (and status@broadcast) the member's device replaces the chat's (docs/zapi/EDGE_CASES.md 18).
      const participant = body.participant ?? "";
      const device = (participant !== "" ? body.participantDevice : undefined) ?? body.phoneDevice ?? null;
      return {
        kind: "status", instanceId, status: body.status, ids: [...new Set(body.ids)], participant, device,
        phone: body.phone, at: resolveEventTime(body.momment ?? body.moment, receivedAt),
      };
    }
    case "DeliveryCallback":
      return {
        kind: "delivery", instanceId, chat: buildChatRef(body.phone), messageId: body.messageId, zaapId: body.zaapId ?? "",
        error: body.error ?? null, errorCode: body.errorCode ?? null, at: resolveEventTime(body.momment ?? body.moment, receivedAt),
      };
    case "ConnectedCallback":
      return {
        kind: "connection", instanceId, state: "connected", at: resolveEventTime(body.momment ?? body.moment, receivedAt),
        reason: null, phone: body.phone ?? null, isBusiness: body.isBusiness ?? null,
      };
    case "DisconnectedCallback":
      return {
        kind: "connection", instanceId, state: "disconnected", at: resolveEventTime(body.momment ?? body.moment, receivedAt),
        reason: body.error ?? null, phone: null, isBusiness: null,
      };
    case "PresenceChatCallback":
      // Presence carries no timestamp of its own; arrival order is all we have.
      return {
        kind: "presence", instanceId, chat: buildChatRef(body.phone), status: body.status,
        lastSeen: body.lastSeen != null && body.lastSeen > 0 ? new Date(normaliseMoment(body.lastSeen)) : null, at: receivedAt,
      };
    case "ProxyCallback":
      return { kind: "heartbeat", instanceId, error: body.error?.trim() ? body.error : null };
  }
}
