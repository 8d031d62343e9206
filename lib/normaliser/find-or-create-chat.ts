import type { Chat, Prisma } from "@/lib/generated/prisma/client";
import type { TApplyContext } from "./apply-context";
import type { TChatRef } from "./intent";

export type TResolvedChat = {
  chat: Chat;
  created: boolean;
  /** Cosmetic updates the event brings (name, photo, LID, number) — not written yet, so the caller can
   * merge them with its own chat update into one statement. */
  patch: Prisma.ChatUpdateInput;
};

/** The candidate the event means: the exact phone, else the same contact under its other identifier. */
function pick(candidates: Chat[], ref: TChatRef): Chat | undefined {
  const exact = candidates.find((c) => c.phone === ref.phone);
  if (exact || ref.lid === null) return exact;
  if (ref.phone === ref.lid) return candidates.find((c) => c.chatLid === ref.lid);
  // Seen first by LID, now by number: the LID row becomes the number's row (docs/zapi/EDGE_CASES.md 15).
  return candidates.find((c) => c.phone === ref.lid);
}

/**
 * Finds the chat an event refers to, or creates it. Unique on (instance, phone); a chat first seen as
 * `…@lid` and later by number with that `chatLid` is the same row, renamed to the number; an event that
 * only knows the LID lands on the number's row when that row carries the LID.
 */
export async function findOrCreateChat(ctx: TApplyContext, instanceId: string, ref: TChatRef): Promise<TResolvedChat> {
  const or: Prisma.ChatWhereInput[] = [{ phone: ref.phone }];
  if (ref.lid !== null) or.push({ phone: ref.lid }, { chatLid: ref.lid });
  const candidates = await ctx.tx.chat.findMany({ where: { instanceId, OR: or }, take: 5 });
  const chat = pick(candidates, ref);
  if (!chat) {
    const created = await ctx.tx.chat.create({
      data: { instanceId, phone: ref.phone, chatLid: ref.lid, kind: ref.kind, name: ref.name, photoUrl: ref.photoUrl },
    });
    return { chat: created, created: true, patch: {} };
  }
  const patch: Prisma.ChatUpdateInput = {};
  if (chat.phone !== ref.phone && chat.phone === ref.lid) patch.phone = ref.phone;
  if (ref.lid !== null && chat.chatLid !== ref.lid) patch.chatLid = ref.lid;
  // Never blank out what we know: events without a name or photo say nothing about them.
  if (ref.name !== null && chat.name !== ref.name) patch.name = ref.name;
  if (ref.photoUrl !== null && chat.photoUrl !== ref.photoUrl) patch.photoUrl = ref.photoUrl;
  return { chat, created: false, patch };
}
