import type { Message, Prisma } from "@/lib/generated/prisma/client";
import { messageRankOfReceipt, receiptOfRank } from "@/lib/messages/receipt-rules";

type TTransition = { status: string; participant: string; at: Date };

/**
 * What receipts that arrived before their message mean for it, applied with the same rules as live ones:
 * outgoing ranks only forward and only on our own messages (members' receipts by the group rule,
 * lib/messages/receipt-rules.ts); READ_BY_ME keeps the earliest read.
 */
export function pendingStatusPatch(row: Message, transitions: TTransition[]): Prisma.MessageUpdateInput {
  const patch: Prisma.MessageUpdateInput = {};
  let best: { status: string; rank: number; at: Date } | null = null;
  let readByMe: Date | null = null;
  for (const t of transitions) {
    if (t.status === "READ_BY_ME") {
      if (readByMe === null || t.at < readByMe) readByMe = t.at;
      continue;
    }
    const rank = messageRankOfReceipt(t.status, t.participant);
    if (rank === null) continue;
    if (best === null || rank > best.rank || (rank === best.rank && t.at < best.at)) best = { status: receiptOfRank(rank), rank, at: t.at };
  }
  if (best !== null && row.fromMe && (best.rank > row.statusRank || (best.rank === row.statusRank && row.statusAt === null))) {
    Object.assign(patch, { status: best.status, statusRank: best.rank, statusAt: best.at });
  }
  if (readByMe !== null && (row.readByMeAt === null || readByMe < row.readByMeAt)) patch.readByMeAt = readByMe;
  return patch;
}
