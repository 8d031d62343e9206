import type { DeliveryResult, Message, MessageEdit, StatusTransition } from "@/lib/generated/prisma/client";
import { statusTransitionToDto } from "@/lib/dto/status-transition-to-dto";
import type { TMessageTimeline, TTimelineStep } from "@/lib/schemas/dto";
import { receiptRank, RECEIPT_ORDER, STATUS_RANK } from "./receipt-rules";

export type TTimelineInput = {
  message: Pick<Message, "fromMe" | "sentAt" | "status" | "statusRank" | "statusAt" | "readByMeAt" | "deletedAt" | "text">;
  isGroup: boolean;
  /** In arrival order (id ascending): that order decides which callbacks came late. */
  transitions: Pick<StatusTransition, "id" | "instanceId" | "messageId" | "status" | "participant" | "device" | "at" | "createdAt">[];
  delivery: Pick<DeliveryResult, "zaapId" | "error" | "errorCode" | "at">[];
  edits: Pick<MessageEdit, "newText" | "editedAt">[];
};

const STEP_OF_RECEIPT = { SENT: "sent", RECEIVED: "delivered", READ: "read", PLAYED: "played" } as const;

/**
 * The life of one message as a list of steps, each with its time and the time since the step before
 * (docs/zapi/SPEC.md §2.3 for the receipts, §4 for DeliveryCallback). Receipts arrive in any order and any
 * number of times: each step takes the earliest time reported for it, and a callback that arrives after a
 * further step is kept in `raw` marked late, never moving the message back. A step passed over (READ with no
 * RECEIVED) is reached with no time of its own. In a group each member's receipts are listed; the message's
 * own steps follow the group rule (lib/messages/receipt-rules.ts), so with no member list they show how many
 * members reported each step instead of claiming it for the whole group.
 */
export function buildMessageTimeline(input: TTimelineInput): TMessageTimeline {
  const { message, isGroup } = input;
  const raw = markLate(input.transitions);
  const participants = isGroup ? memberReceipts(input.transitions) : [];
  const steps = message.fromMe ? outgoingSteps(input) : incomingSteps(input);
  const extra: TTimelineStep[] = [
    ...input.edits.map((e): TTimelineStep => ({ step: "edited", reached: true, at: e.editedAt.toISOString(), sincePreviousMs: null, text: e.newText })),
    ...(message.deletedAt ? [{ step: "deleted" as const, reached: true, at: message.deletedAt.toISOString(), sincePreviousMs: null }] : []),
  ];
  return { direction: message.fromMe ? "outgoing" : "incoming", isGroup, steps: withGaps(merge(steps, extra)), participants, participantsKnown: false, raw };
}

function outgoingSteps({ message, isGroup, transitions, delivery }: TTimelineInput): TTimelineStep[] {
  const steps: TTimelineStep[] = [];
  const handed = delivery.find((d) => !d.error);
  const failed = delivery.find((d) => d.error);
  const queued = delivery.find((d) => d.zaapId !== "");
  if (queued || message.status === "PENDING") {
    steps.push({ step: "queued", reached: true, at: null, sincePreviousMs: null, zaapId: queued?.zaapId ?? null });
  }
  if (failed && !handed && message.statusRank === 0) {
    steps.push({ step: "failed", reached: true, at: failed.at.toISOString(), sincePreviousMs: null, error: failed.error, errorCode: failed.errorCode });
    return steps;
  }
  if (handed) steps.push({ step: "handed", reached: true, at: handed.at.toISOString(), sincePreviousMs: null, zaapId: handed.zaapId || null });
  // The earliest time each receipt was reported at, by anyone (private) or by the first member (groups).
  const first = new Map<string, Date>();
  const members = new Map<string, Set<string>>();
  for (const t of transitions) {
    if (receiptRank(t.status) === null) continue;
    const seen = first.get(t.status);
    if (!seen || t.at < seen) first.set(t.status, t.at);
    members.set(t.status, (members.get(t.status) ?? new Set()).add(t.participant));
  }
  for (const receipt of RECEIPT_ORDER) {
    const rank = STATUS_RANK[receipt];
    const reached = message.statusRank >= rank;
    // The receipt's own earliest report first: in a group, a member's receipt may have stamped the message's
    // time before the SENT receipt arrived (lib/normaliser/apply-status.ts fills a missing time).
    const at = reached ? (first.get(receipt) ?? (receipt === message.status ? message.statusAt : null)) : null;
    // A member's READ also counts as received by that member: the furthest step implies the earlier ones.
    const count = isGroup && receipt !== "SENT" ? membersAtLeast(members, rank) : undefined;
    // Played is for audio and video only: shown once someone reported it.
    if (receipt === "PLAYED" && !reached && !count) continue;
    steps.push({ step: STEP_OF_RECEIPT[receipt], reached, at: at?.toISOString() ?? null, sincePreviousMs: null, ...(count === undefined ? {} : { count }) });
  }
  return steps;
}

function incomingSteps({ message }: TTimelineInput): TTimelineStep[] {
  return [
    { step: "received", reached: true, at: message.sentAt.toISOString(), sincePreviousMs: null },
    { step: "readByMe", reached: message.readByMeAt !== null, at: message.readByMeAt?.toISOString() ?? null, sincePreviousMs: null },
  ];
}

function membersAtLeast(members: Map<string, Set<string>>, rank: number): number {
  const who = new Set<string>();
  for (const receipt of RECEIPT_ORDER) if (STATUS_RANK[receipt] >= rank) for (const m of members.get(receipt) ?? []) if (m !== "") who.add(m);
  return who.size;
}

/** Reached steps and edits/deletion in time order (a step with no time stays where its rank puts it), then the rest. */
function merge(steps: TTimelineStep[], extra: TTimelineStep[]): TTimelineStep[] {
  const out = [...steps.filter((s) => s.reached)];
  for (const e of extra) {
    const at = e.at ?? "";
    const index = out.findIndex((s) => s.at !== null && s.at > at);
    out.splice(index < 0 ? out.length : index, 0, e);
  }
  return [...out, ...steps.filter((s) => !s.reached)];
}

/** Time since the previous step that has a time. */
function withGaps(steps: TTimelineStep[]): TTimelineStep[] {
  let previous: number | null = null;
  return steps.map((s) => {
    if (s.at === null) return s;
    const at = Date.parse(s.at);
    const gap = previous === null ? null : at - previous;
    previous = at;
    return { ...s, sincePreviousMs: gap };
  });
}

/** Every stored callback in arrival order; late: a further step of the same member had already arrived. */
function markLate(transitions: TTimelineInput["transitions"]): TMessageTimeline["raw"] {
  const furthest = new Map<string, number>();
  return transitions.map((t) => {
    const rank = receiptRank(t.status);
    const best = furthest.get(t.participant) ?? 0;
    const late = rank !== null && rank < best;
    if (rank !== null && rank > best) furthest.set(t.participant, rank);
    return { ...statusTransitionToDto(t), late, arrivedAt: t.createdAt.toISOString() };
  });
}

function memberReceipts(transitions: TTimelineInput["transitions"]): TMessageTimeline["participants"] {
  const by = new Map<string, { receivedAt: Date | null; readAt: Date | null; playedAt: Date | null }>();
  for (const t of transitions) {
    if (t.participant === "") continue;
    const row = by.get(t.participant) ?? { receivedAt: null, readAt: null, playedAt: null };
    const field = t.status === "RECEIVED" ? "receivedAt" : t.status === "READ" ? "readAt" : t.status === "PLAYED" ? "playedAt" : null;
    if (field && (row[field] === null || t.at < (row[field]))) row[field] = t.at;
    by.set(t.participant, row);
  }
  return [...by].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([participant, r]) => ({
    participant,
    receivedAt: r.receivedAt?.toISOString() ?? null,
    readAt: r.readAt?.toISOString() ?? null,
    playedAt: r.playedAt?.toISOString() ?? null,
  }));
}
