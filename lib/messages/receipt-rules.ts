/**
 * The one place that says how a message's delivery state moves; the normaliser (lib/normaliser/apply-status.ts),
 * its SQL (`receiptRankSql`) and the browser's live store (lib/live-store/live-draft.ts) all read it. Isomorphic: no
 * server imports.
 *
 * An outgoing message is sent, then delivered to the phone (RECEIVED), then read, then played (audio/video);
 * Z-API reports each step as a receipt, in any order and any number of times (docs/zapi/SPEC.md §2.3), so the
 * stored state only ever moves forward by rank. PENDING and FAILED are states of the message itself, before
 * or instead of any receipt (rank 0): a receipt callback saying PENDING is not a receipt and moves nothing.
 */
export const RECEIPT_ORDER = ["SENT", "RECEIVED", "READ", "PLAYED"] as const;
export type TReceipt = (typeof RECEIPT_ORDER)[number];

/** The rank a stored message status has: 0 before any receipt, 1–4 along RECEIPT_ORDER. */
export const STATUS_RANK = { PENDING: 0, FAILED: 0, SENT: 1, RECEIVED: 2, READ: 3, PLAYED: 4 } as const;

const RECEIPTS: ReadonlySet<string> = new Set(RECEIPT_ORDER);

/** Rank of a receipt callback's status, or null for anything that is not an outgoing receipt (READ_BY_ME, READ-SELF, PENDING, future values). */
export function receiptRank(status: string): number | null {
  return RECEIPTS.has(status) ? STATUS_RANK[status as TReceipt] : null;
}

/** Rank of a message's stored status for comparisons; -1 for none or a value this version does not know. */
export function statusRank(status: string | null | undefined): number {
  return status != null && Object.hasOwn(STATUS_RANK, status) ? STATUS_RANK[status as keyof typeof STATUS_RANK] : -1;
}

/** Whether the recipient has seen it: READ, or PLAYED (which implies read). */
export function isSeen(status: string | null | undefined): boolean {
  return status === "READ" || status === "PLAYED";
}

/** Whether it reached the recipient's phone: RECEIVED or anything after it. */
export function isDelivered(status: string | null | undefined): boolean {
  return statusRank(status) >= STATUS_RANK.RECEIVED;
}

/** The same ranks as a SQL expression over a text column, for set-wise updates that must agree with `receiptRank`. */
export function receiptRankSql(column: string): string {
  return `CASE ${column} ${RECEIPT_ORDER.map((s) => `WHEN '${s}' THEN ${STATUS_RANK[s]}`).join(" ")} ELSE NULL END`;
}

/** One member's receipt for a group message (or a status@broadcast viewer's). */
export type TMemberReceipt = { participant: string; status: string };

/**
 * WhatsApp's group rule: a group message is delivered when every member has received it, read when every one
 * has read it, played when every one has played it (a further step implies the earlier ones). `members` is the
 * group's member list without ourselves, or null when Vigia does not know it: then no member receipt moves the
 * message past SENT, since "delivered" would be a guess (the timeline says "read by 3" instead). Returns the
 * message's rank the members' receipts justify, or null when they justify none.
 */
export function groupReceiptRank(members: readonly string[] | null, receipts: readonly TMemberReceipt[]): number | null {
  const best = new Map<string, number>();
  for (const r of receipts) {
    const rank = receiptRank(r.status);
    if (rank !== null && rank > (best.get(r.participant) ?? 0)) best.set(r.participant, rank);
  }
  if (best.size === 0) return null;
  if (members === null || members.length === 0) return STATUS_RANK.SENT;
  return Math.min(...members.map((m) => best.get(m) ?? STATUS_RANK.SENT));
}

/**
 * The rank one receipt may move its message to on its own. A private chat's receipt (no participant) moves it
 * to its own rank; a member's receipt reaches at most SENT, because Vigia keeps no group member list yet
 * (`groupReceiptRank` with members unknown). The normaliser's two paths (lib/normaliser/apply-status.ts,
 * lib/normaliser/play-status.ts) and receipts stored before their message (lib/normaliser/pending-status-patch.ts)
 * all go through here.
 */
export function messageRankOfReceipt(status: string, participant: string | null | undefined): number | null {
  const rank = receiptRank(status);
  if (rank === null || participant == null || participant === "") return rank;
  return groupReceiptRank(null, [{ participant, status }]);
}

/** The status name of a receipt rank (1–4). */
export function receiptOfRank(rank: number): TReceipt {
  return RECEIPT_ORDER[Math.min(Math.max(rank, 1), RECEIPT_ORDER.length) - 1] as TReceipt;
}

/** The tick an outgoing message shows, WhatsApp's way (null: no delivery state to show). */
export type TTick = "clock" | "sent" | "delivered" | "read" | "played" | "failed";

/**
 * PENDING is the clock, FAILED the red mark; then one tick per step of RECEIPT_ORDER. PLAYED is its own tick
 * only for audio and video notes, where WhatsApp shows it; elsewhere it reads as read (it implies read).
 */
export function receiptTick(status: string | null | undefined, kind?: string): TTick | null {
  if (status === "PENDING") return "clock";
  if (status === "FAILED") return "failed";
  if (status === "PLAYED") return kind === "audio" || kind === "ptv" ? "played" : "read";
  if (status === "READ") return "read";
  if (status === "RECEIVED") return "delivered";
  if (status === "SENT") return "sent";
  return null;
}
