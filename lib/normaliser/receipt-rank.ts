import { OUTGOING_STATUS_RANK } from "@/lib/schemas/dto";

/**
 * Rank of an outgoing receipt (SENT 1 < RECEIVED 2 < READ 3 < PLAYED 4), or null for anything that is not
 * one: READ_BY_ME (about incoming messages), READ-SELF, PENDING, future values.
 */
export function receiptRank(status: string): number | null {
  if (status === "SENT" || status === "RECEIVED" || status === "READ" || status === "PLAYED") return OUTGOING_STATUS_RANK[status];
  return null;
}
