import type { Instance, Prisma } from "@/lib/generated/prisma/client";
import type { TChangeDraft } from "@/lib/schemas/dto";

/** What every apply-* step gets: the open transaction and the raw event being applied. */
export type TApplyContext = {
  tx: Prisma.TransactionClient;
  rawEventId: bigint;
  receivedAt: Date;
  /** Changes a step made on the way (two chats merged, lib/normaliser/merge-chats.ts): announced before its own. */
  changes?: TChangeDraft[];
};

/**
 * What every apply-* step returns. `instance` is set when the step changed the instance row itself; `note` is
 * something the event reports that its raw event's `error` should show although it was applied (a proxy failure).
 */
export type TApplyOutcome = { duplicate: boolean; changes: TChangeDraft[]; instance?: Instance; note?: string };
