import type { Prisma } from "@/lib/generated/prisma/client";
import { instanceToDto } from "@/lib/dto/instance-to-dto";
import type { TChangeDraft } from "@/lib/schemas/dto";
import type { TApplyContext, TApplyOutcome } from "./apply-context";
import { applyConnection } from "./apply-connection";
import { applyDelivery } from "./apply-delivery";
import { applyEdit } from "./apply-edit";
import { applyMessage } from "./apply-message";
import { applyPresence } from "./apply-presence";
import { applyReaction } from "./apply-reaction";
import { applyRevoke } from "./apply-revoke";
import { applyStatus } from "./apply-status";
import type { TIntent } from "./intent";
import { interpretWebhook } from "./interpret-webhook";
import { parseWebhookBody } from "./parse-webhook-body";
import { touchInstance } from "./touch-instance";

export type TRawEventInput = { id: bigint; body: string; bodyEncoding: string; receivedAt: Date };
export type TApplyResult = {
  result: "ok" | "unrecognized" | "invalid";
  duplicate: boolean;
  type: string | null;
  instanceId: string | null;
  error: string | null;
  changes: TChangeDraft[];
};

export function applyIntent(ctx: TApplyContext, intent: TIntent): Promise<TApplyOutcome> {
  switch (intent.kind) {
    case "message": return applyMessage(ctx, intent);
    case "edit": return applyEdit(ctx, intent);
    case "revoke": return applyRevoke(ctx, intent);
    case "reaction": return applyReaction(ctx, intent);
    case "status": return applyStatus(ctx, intent);
    case "delivery": return applyDelivery(ctx, intent);
    case "connection": return applyConnection(ctx, intent);
    case "presence": return applyPresence(ctx, intent);
    case "heartbeat": return Promise.resolve({ duplicate: false, changes: [], ...(intent.error ? { note: intent.error } : {}) });
  }
}

/** A raw event read and understood, before anything is written: an intent to apply, or why not. */
export type TInterpreted =
  | { result: "ok"; type: string; instanceId: string; intent: TIntent }
  | { result: "unrecognized" | "invalid"; type: string | null; instanceId: string | null; error: string };

/** Parses and interprets a raw event. Pure. */
export function interpretRawEvent(raw: TRawEventInput): TInterpreted {
  const parsed = parseWebhookBody(raw.body, raw.bodyEncoding);
  if (parsed.result !== "ok") return parsed;
  return { result: "ok", type: parsed.type, instanceId: parsed.instanceId, intent: interpretWebhook(parsed.body, raw.receivedAt) };
}

/**
 * Applies one raw webhook inside the caller's transaction: domain rows + the changes to broadcast. Safe to
 * call again for the same event (every write is keyed and forward-only; the repeat reports `duplicate`).
 * Throws only on unexpected errors (the caller rolls back to its savepoint).
 */
export async function applyRawEvent(tx: Prisma.TransactionClient, raw: TRawEventInput): Promise<TApplyResult> {
  return applyInterpreted(tx, raw, interpretRawEvent(raw));
}

/** applyRawEvent for an event already interpreted (lib/normaliser/apply-batch.ts interprets a whole batch first). */
export async function applyInterpreted(tx: Prisma.TransactionClient, raw: TRawEventInput, interpreted: TInterpreted): Promise<TApplyResult> {
  if (interpreted.result !== "ok") {
    return { result: interpreted.result, duplicate: false, type: interpreted.type, instanceId: interpreted.instanceId, error: interpreted.error, changes: [] };
  }
  const { intent } = interpreted;
  const ctx: TApplyContext = { tx, rawEventId: raw.id, receivedAt: raw.receivedAt };
  // First: every other row points at the instance.
  const touched = await touchInstance(ctx, intent.instanceId);
  const outcome = await applyIntent(ctx, intent);
  const instance = outcome.instance ?? (touched.emit ? touched.row : null);
  const own = [...(ctx.changes ?? []), ...outcome.changes];
  const changes: TChangeDraft[] = instance ? [{ kind: "instance:upserted", payload: instanceToDto(instance) }, ...own] : own;
  return { result: "ok", duplicate: outcome.duplicate, type: interpreted.type, instanceId: interpreted.instanceId, error: outcome.note?.slice(0, 1000) ?? null, changes };
}
