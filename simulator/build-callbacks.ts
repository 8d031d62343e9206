import { cloneFixture } from "./clone-fixture";
import type { Rng } from "./create-rng";
import type { Fixtures } from "./load-fixtures";
import type { JsonObject, SimChat, SimInstance, SimPerson } from "./traffic-types";

// Bodies of the non-message webhook kinds, each cloned from its fixture.

export type CallbackContext = { fixtures: Fixtures; rng: Rng; instance: SimInstance };

/** DeliveryCallback: the message left Z-API's queue (or failed, with `error`). */
export function buildDelivery(ctx: CallbackContext, chat: SimChat, ids: { messageId: string; zaapId: string }, momment: number, error?: string): JsonObject {
  return cloneFixture(ctx.fixtures, error ? "delivery-error" : "delivery", {
    phone: chat.phone,
    messageId: ids.messageId,
    instanceId: ctx.instance.instanceId,
    zaapId: ids.zaapId,
    momment,
    error,
  });
}

/**
 * MessageStatusCallback for `ids`. In groups the receipt names the member who produced it (`participant` +
 * `participantDevice`) instead of `phoneDevice`, as in real traffic.
 */
export function buildStatus(
  ctx: CallbackContext,
  chat: SimChat,
  status: string,
  ids: string[],
  momment: number,
  participant: SimPerson | null = null,
): JsonObject {
  const common = { instanceId: ctx.instance.instanceId, status, ids, momment, phone: chat.phone };
  const readByMe = status === "READ_BY_ME";
  if (chat.kind === "group") {
    const member = participant ?? ctx.rng.pick(chat.participants);
    const name = readByMe ? "status-group-read-by-me-captured" : "status-group-read-captured";
    return cloneFixture(ctx.fixtures, name, { ...common, participant: member.phone, participantDevice: ctx.rng.pick([0, 19, 35, 88]) });
  }
  const name = readByMe ? "status-read-by-me" : "status-received-captured";
  return cloneFixture(ctx.fixtures, name, { ...common, phoneDevice: ctx.rng.pick([0, 0, 5, 19, 35, 86]) });
}

export type PresenceStatus = "AVAILABLE" | "UNAVAILABLE" | "COMPOSING" | "RECORDING" | "PAUSED";

export function buildPresence(ctx: CallbackContext, chat: SimChat, status: PresenceStatus): JsonObject {
  const name = status === "COMPOSING" ? "presence-composing" : status === "RECORDING" ? "presence-recording" : status === "PAUSED" ? "presence-paused" : "presence-available";
  return cloneFixture(ctx.fixtures, name, { phone: chat.phone, status, instanceId: ctx.instance.instanceId });
}

/** DisconnectedCallback; its `momment` is in SECONDS, as in the docs (docs/zapi/SPEC.md §7.1). */
export function buildDisconnected(ctx: CallbackContext, ms: number): JsonObject {
  return cloneFixture(ctx.fixtures, "disconnected", { momment: Math.floor(ms / 1000), instanceId: ctx.instance.instanceId });
}

export function buildConnected(ctx: CallbackContext, momment: number): JsonObject {
  return cloneFixture(ctx.fixtures, "connected-captured", {
    momment,
    instanceId: ctx.instance.instanceId,
    phone: ctx.instance.me.phone,
    isBusiness: ctx.instance.isBusiness,
  });
}
