import type { Chat } from "@/lib/generated/prisma/client";
import { isLid, lidOf, phoneForms } from "./contact-aliases";
import type { TChatRef } from "./intent";

type TChatKey = Pick<Chat, "id" | "phone" | "chatLid" | "kind">;

/** The phones and LIDs whose chats an event about `ref` may mean: what both normaliser paths load and search. */
export function candidateKeys(ref: TChatRef): { phones: string[]; lids: string[] } {
  if (ref.kind !== "private") return { phones: [ref.phone], lids: [] };
  const phones = new Set(phoneForms(ref.phone));
  if (ref.lid !== null) phones.add(ref.lid);
  return { phones: [...phones], lids: ref.lid === null ? [] : [ref.lid] };
}

function isCandidate(c: TChatKey, ref: TChatRef, phones: string[]): boolean {
  return phones.includes(c.phone) || (ref.lid !== null && c.chatLid === ref.lid);
}

/**
 * Which of the stored chats `ref` means, and which others are the same person and must be merged into it
 * (docs/zapi/EDGE_CASES.md 15, 17). Preference: the exact number, its ninth-digit twin, the number's row that
 * carries the LID, then the LID's own row; the oldest first among equals (candidates come in creation order).
 * A row that carries a different LID is another person; two different numbers are never merged.
 * Pure: lib/normaliser/find-or-create-chat.ts and lib/normaliser/play-chat.ts both decide with it.
 */
export function pickSameContact<C extends TChatKey>(chats: readonly C[], ref: TChatRef): { primary: C | undefined; absorbed: C[] } {
  const { phones } = candidateKeys(ref);
  const found = chats.filter((c) => isCandidate(c, ref, phones));
  if (ref.kind !== "private") return { primary: found.find((c) => c.phone === ref.phone), absorbed: [] };
  const rank = (c: C): number => {
    if (c.phone === ref.phone && !isLid(c.phone)) return 0;
    if (!isLid(c.phone) && phones.includes(c.phone)) return 1;
    if (!isLid(c.phone)) return 2;
    return c.phone === ref.phone ? 3 : 4;
  };
  const compatible = found.filter((c) => c.kind === "private" && (rank(c) === 0 || ref.lid === null || lidOf(c) === null || lidOf(c) === ref.lid));
  let primary: C | undefined;
  for (const c of compatible) if (primary === undefined || rank(c) < rank(primary)) primary = c;
  if (primary === undefined) return { primary: found.find((c) => c.phone === ref.phone), absorbed: [] };
  const lid = ref.lid ?? lidOf(primary);
  const twins = isLid(primary.phone) ? [] : phoneForms(primary.phone);
  const absorbed = compatible.filter(
    (c) => c !== primary && (isLid(c.phone) || twins.includes(c.phone)) && (lid === null || lidOf(c) === null || lidOf(c) === lid),
  );
  return { primary, absorbed };
}
