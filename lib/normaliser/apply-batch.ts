import { instanceToDto } from "@/lib/dto/instance-to-dto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TChangeDraft } from "@/lib/schemas/dto";
import type { TBatchMemo } from "./apply-context";
import { applyInterpreted, interpretRawEvent, type TApplyResult, type TInterpreted, type TRawEventInput } from "./apply-raw-event";
import { applyReactionRun } from "./apply-reaction-run";
import { applyStatusRun, type TStatusRunEvent } from "./apply-status-run";
import type { TIntent, TReactionIntent } from "./intent";
import { touchInstances } from "./touch-instance";

export type TBatchInput = TRawEventInput & { result: string; error: string | null; type: string | null; instanceId: string | null };
export type TBatchResult = { outcomes: TApplyResult[]; leading: TChangeDraft[] };

/**
 * Applies a batch of raw events in one transaction with the rules of the single-event path and the same end
 * state as applying them one by one, in fewer statements: every instance is touched once (latest arrival),
 * and status callbacks are applied together (lib/normaliser/apply-status-run.ts). A status is held back while
 * the events after it cannot interact with it (they touch none of its messages, and, for READ_BY_ME, no message
 * of its instance); the held statuses are applied, in their order, before the first event that could.
 * Reactions interact with nothing, so they all wait for the end (lib/normaliser/apply-reaction-run.ts).
 * `leading`: changes that belong to no single event (instances touched).
 */
export async function applyBatch(tx: Prisma.TransactionClient, events: TBatchInput[]): Promise<TBatchResult> {
  const interpreted = events.map((raw): TInterpreted | null => (raw.result === "invalid" ? null : interpretRawEvent(raw)));
  const latest = new Map<string, Date>();
  interpreted.forEach((it, i) => {
    if (it?.result !== "ok") return;
    const at = (events[i] as TBatchInput).receivedAt;
    const seen = latest.get(it.intent.instanceId);
    if (!seen || seen < at) latest.set(it.intent.instanceId, at);
  });
  const touched = await touchInstances(tx, latest);
  const leading: TChangeDraft[] = touched.filter((t) => t.emit).map((t) => ({ kind: "instance:upserted", payload: instanceToDto(t.row) }));
  const memo: TBatchMemo = { instancesTouched: new Set(latest.keys()) };

  const outcomes: TApplyResult[] = [];
  const held = new HeldStatuses();
  const reactions: { index: number; intent: TReactionIntent }[] = [];
  const flush = async () => {
    const run = held.take();
    if (run.length === 0) return;
    const applied = await applyStatusRun(tx, run);
    run.forEach((event, k) => {
      Object.assign(outcomes[event.index] as TApplyResult, { duplicate: applied.duplicates[k] ?? false });
    });
    (outcomes[(run.at(-1) as HeldEvent).index] as TApplyResult).changes.push(...applied.changes);
  };
  for (let i = 0; i < events.length; i++) {
    const raw = events[i] as TBatchInput;
    const it = interpreted[i];
    if (!it) {
      outcomes.push({ result: "invalid", duplicate: false, type: raw.type, instanceId: raw.instanceId, error: raw.error, changes: [] });
      continue;
    }
    if (it.result === "ok" && it.intent.kind === "status") {
      outcomes.push({ result: "ok", duplicate: false, type: it.type, instanceId: it.instanceId, error: null, changes: [] });
      held.add({ index: i, rawEventId: raw.id, intent: it.intent });
      continue;
    }
    if (it.result === "ok" && it.intent.kind === "reaction") {
      outcomes.push({ result: "ok", duplicate: false, type: it.type, instanceId: it.instanceId, error: null, changes: [] });
      reactions.push({ index: i, intent: it.intent });
      continue;
    }
    if (it.result === "ok" && held.interactsWith(it.intent)) await flush();
    outcomes.push(await applyInterpreted(tx, raw, it, memo));
  }
  await flush();
  const reacted = await applyReactionRun(tx, reactions.map((r) => r.intent));
  reactions.forEach((r, k) => Object.assign(outcomes[r.index] as TApplyResult, { duplicate: reacted.duplicates[k] ?? false }));
  return { outcomes, leading };
}

type HeldEvent = TStatusRunEvent & { index: number };

/** Status callbacks waiting to be applied together, and what the events after them must not touch meanwhile. */
class HeldStatuses {
  private events: HeldEvent[] = [];
  private messages = new Set<string>();
  private readInstances = new Set<string>();

  add(event: HeldEvent): void {
    this.events.push(event);
    for (const id of event.intent.ids) this.messages.add(`${event.intent.instanceId}\u0000${id}`);
    if (event.intent.status === "READ_BY_ME") this.readInstances.add(event.intent.instanceId);
  }

  /** Whether `intent` writes a message a held status names, or, after a held READ_BY_ME, any message of its instance. */
  interactsWith(intent: TIntent): boolean {
    const messageId = messageOf(intent);
    if (messageId === null) return false;
    return this.readInstances.has(intent.instanceId) || this.messages.has(`${intent.instanceId}\u0000${messageId}`);
  }

  take(): HeldEvent[] {
    const taken = this.events;
    this.events = [];
    this.messages.clear();
    this.readInstances.clear();
    return taken;
  }
}

/** The message row an intent writes (and whose receipts it reads), if any. */
function messageOf(intent: TIntent): string | null {
  switch (intent.kind) {
    case "message":
    case "edit":
    case "revoke":
      return intent.message.messageId;
    case "delivery":
      return intent.messageId;
    case "status": // held, never applied alone here
    case "reaction":
    case "connection":
    case "presence":
    case "heartbeat":
      return null;
  }
}
