import { instanceToDto } from "@/lib/dto/instance-to-dto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TChangeDraft } from "@/lib/schemas/dto";
import type { TApplyContext, TApplyOutcome } from "./apply-context";
import { applyIntent, interpretRawEvent, type TApplyResult, type TInterpreted, type TRawEventInput } from "./apply-raw-event";
import { applyReactionRun } from "./apply-reaction-run";
import { reactionChanges } from "./reaction-chips-of";
import type { TBatchState } from "./batch-state";
import type { TIntent, TReactionIntent } from "./intent";
import { loadBatchState } from "./load-batch-state";
import { loadUnreadBase, loadUnreadBases } from "./load-unread-base";
import { playMergesChats } from "./play-chat";
import { playConnection } from "./play-connection";
import { playDelivery, playEdit, playMessage, playRevoke } from "./play-message";
import { playPresence } from "./play-presence";
import { playStatus } from "./play-status";
import { saveBatchState } from "./save-batch-state";
import { touchInstances } from "./touch-instance";

export type TBatchInput = TRawEventInput & { result: string; error: string | null; type: string | null; instanceId: string | null };
export type TBatchResult = { outcomes: TApplyResult[]; leading: TChangeDraft[] };

/**
 * Applies a batch of raw events with the rules of the single-event path (lib/normaliser/apply-raw-event.ts) and
 * the same end state as applying them one by one, in a number of statements that does not grow with the batch:
 * every instance is touched once (latest arrival); every row the events can read is loaded at once
 * (lib/normaliser/load-batch-state.ts); the events are played in memory in arrival order, each producing the
 * changes it would alone (lib/normaliser/play-*.ts); what they wrote is saved with one statement per table
 * (lib/normaliser/save-batch-state.ts). Reactions read and write nothing else, so they are applied together at
 * the end (lib/normaliser/apply-reaction-run.ts). `leading`: changes that belong to no single event (instances
 * touched). test/normaliser/batch-equivalence.test.ts compares the end state with the single-event path's.
 */
export async function applyBatch(tx: Prisma.TransactionClient, events: TBatchInput[]): Promise<TBatchResult> {
  const interpreted = events.map((raw): TInterpreted | null => (raw.result === "invalid" ? null : interpretRawEvent(raw)));
  const latest = new Map<string, Date>();
  const intents: TIntent[] = [];
  interpreted.forEach((it, i) => {
    if (it?.result !== "ok") return;
    intents.push(it.intent);
    const at = (events[i] as TBatchInput).receivedAt;
    const seen = latest.get(it.intent.instanceId);
    if (!seen || seen < at) latest.set(it.intent.instanceId, at);
  });
  // First: every other row points at the instance.
  const touched = await touchInstances(tx, latest);
  const leading: TChangeDraft[] = touched.filter((t) => t.emit).map((t) => ({ kind: "instance:upserted", payload: instanceToDto(t.row) }));
  let state = await prepare(tx, intents);
  const unreadBase = (chatId: string) => loadUnreadBase(tx, state, chatId);

  const outcomes: TApplyResult[] = [];
  let reactions: { index: number; intent: TReactionIntent }[] = [];
  const applyReactions = async () => {
    const reacted = await applyReactionRun(tx, reactions.map((r) => r.intent));
    reactions.forEach((r, k) => Object.assign(outcomes[r.index] as TApplyResult, { duplicate: reacted.duplicates[k] ?? false }));
    // Each message's chips once, on the last reaction to it that changed something (lib/normaliser/apply-reaction.ts).
    const moved = reactions.filter((_, k) => !reacted.duplicates[k]);
    const last = new Map(moved.map((r) => [`${r.intent.instanceId}\u0000${r.intent.targetMessageId}`, r.index]));
    for (const change of await reactionChanges(tx, moved.map((r) => ({ instanceId: r.intent.instanceId, messageId: r.intent.targetMessageId })))) {
      if (change.kind !== "reaction:changed") continue;
      const index = last.get(`${change.payload.instanceId}\u0000${change.payload.messageId}`);
      if (index !== undefined) (outcomes[index] as TApplyResult).changes.push(change);
    }
    reactions = [];
  };
  let played = 0;
  for (let i = 0; i < events.length; i++) {
    const raw = events[i] as TBatchInput;
    const it = interpreted[i];
    if (!it) {
      outcomes.push({ result: "invalid", duplicate: false, type: raw.type, instanceId: raw.instanceId, error: raw.error, changes: [] });
      continue;
    }
    if (it.result !== "ok") {
      outcomes.push({ result: it.result, duplicate: false, type: it.type, instanceId: it.instanceId, error: it.error, changes: [] });
      continue;
    }
    played++;
    if (it.intent.kind === "reaction") reactions.push({ index: i, intent: it.intent });
    let outcome: TApplyOutcome;
    if (it.intent.kind === "reaction") outcome = { duplicate: false, changes: [] };
    else if ("chat" in it.intent && playMergesChats(state, it.intent.instanceId, it.intent.chat)) {
      // Two chats turn out to be one person (rare: once per contact): write what was played so far, merge with
      // the single-event path itself (lib/normaliser/merge-chats.ts), then go on from freshly loaded rows.
      await saveBatchState(tx, state);
      await applyReactions();
      const ctx: TApplyContext = { tx, rawEventId: raw.id, receivedAt: raw.receivedAt };
      const single = await applyIntent(ctx, it.intent);
      outcome = { ...single, changes: [...(ctx.changes ?? []), ...single.changes] };
      state = await prepare(tx, intents.slice(played));
    } else outcome = await play(state, raw.id, it.intent, unreadBase);
    const changes: TChangeDraft[] = outcome.instance ? [{ kind: "instance:upserted", payload: instanceToDto(outcome.instance) }, ...outcome.changes] : outcome.changes;
    outcomes.push({ result: "ok", duplicate: outcome.duplicate, type: it.type, instanceId: it.instanceId, error: outcome.note?.slice(0, 1000) ?? null, changes });
  }
  await saveBatchState(tx, state);
  await applyReactions();
  return { outcomes, leading };
}

/**
 * The rows `intents` can read, and the unread bases of the stored chats a receipt read by the owner may
 * recount: those of its instance (the messages it names may arrive in this very batch). Any other is loaded
 * when its recount comes.
 */
async function prepare(tx: Prisma.TransactionClient, intents: TIntent[]): Promise<TBatchState> {
  const state = await loadBatchState(tx, intents);
  const reading = new Set(intents.flatMap((intent) => (intent.kind === "status" && intent.status === "READ_BY_ME" ? [intent.instanceId] : [])));
  await loadUnreadBases(tx, state, state.chats.filter((c) => reading.has(c.instanceId)).map((c) => c.id));
  return state;
}

function play(state: TBatchState, rawEventId: bigint, intent: Exclude<TIntent, TReactionIntent>, unreadBase: Parameters<typeof playStatus>[3]): Promise<TApplyOutcome> | TApplyOutcome {
  switch (intent.kind) {
    case "message": return playMessage(state, rawEventId, intent);
    case "edit": return playEdit(state, rawEventId, intent);
    case "revoke": return playRevoke(state, rawEventId, intent);
    case "status": return playStatus(state, rawEventId, intent, unreadBase);
    case "delivery": return playDelivery(state, rawEventId, intent);
    case "connection": return playConnection(state, rawEventId, intent);
    case "presence": return playPresence(state, intent);
    case "heartbeat": return { duplicate: false, changes: [], ...(intent.error ? { note: intent.error } : {}) };
  }
}
