import type { Chat, Prisma } from "@/lib/generated/prisma/client";
import type { TApplyContext } from "./apply-context";
import type { TChatRef } from "./intent";
import { mergeChats } from "./merge-chats";
import { candidateKeys, pickSameContact } from "./pick-same-contact";
import { rekeyReactions } from "./rekey-reactions";

export type TResolvedChat = {
  chat: Chat;
  created: boolean;
  /** Cosmetic updates the event brings (name, photo, LID, number) — not written yet, so the caller can
   * merge them with its own chat update into one statement. */
  patch: Prisma.ChatUpdateInput;
};

/**
 * Finds the chat an event refers to, or creates it: one chat per person, whether the event names them by
 * number, by the number's ninth-digit twin or by `…@lid` (lib/normaliser/pick-same-contact.ts). A chat first seen
 * as `…@lid` and later by number with that `chatLid` is the same row, renamed to the number; when the event
 * shows that two stored chats are one person, they are merged here (lib/normaliser/merge-chats.ts, its changes
 * go to `ctx.changes`). Whenever the person's identifiers change, their reactions are re-keyed.
 */
export async function findOrCreateChat(ctx: TApplyContext, instanceId: string, ref: TChatRef): Promise<TResolvedChat> {
  const { phones, lids } = candidateKeys(ref);
  const or: Prisma.ChatWhereInput[] = [{ phone: { in: phones } }];
  if (lids.length > 0) or.push({ chatLid: { in: lids } });
  const candidates = await ctx.tx.chat.findMany({ where: { instanceId, OR: or }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 8 });
  const { primary, absorbed } = pickSameContact(candidates, ref);
  if (!primary) {
    const created = await ctx.tx.chat.create({
      data: { instanceId, phone: ref.phone, chatLid: ref.lid, kind: ref.kind, name: ref.name, photoUrl: ref.photoUrl },
    });
    if (created.kind === "private") await rekeyReactions(ctx.tx, [created]);
    return { chat: created, created: true, patch: {} };
  }
  let chat = primary;
  if (absorbed.length > 0) {
    const merged = await mergeChats(ctx.tx, primary, absorbed);
    chat = merged.chat;
    (ctx.changes ??= []).push(...merged.changes);
  }
  const patch: Prisma.ChatUpdateInput = {};
  if (chat.phone !== ref.phone && chat.phone === ref.lid) patch.phone = ref.phone;
  if (ref.lid !== null && chat.chatLid !== ref.lid) patch.chatLid = ref.lid;
  // Never blank out what we know: events without a name or photo say nothing about them.
  if (ref.name !== null && chat.name !== ref.name) patch.name = ref.name;
  if (ref.photoUrl !== null && chat.photoUrl !== ref.photoUrl) patch.photoUrl = ref.photoUrl;
  if (absorbed.length > 0 || patch.phone !== undefined || patch.chatLid !== undefined) {
    const phone = (patch.phone as string | undefined) ?? chat.phone;
    const chatLid = (patch.chatLid as string | undefined) ?? chat.chatLid;
    await rekeyReactions(ctx.tx, [{ instanceId, phone, chatLid }, ...absorbed.map((c) => ({ instanceId, phone, chatLid: c.chatLid ?? (c.phone.endsWith("@lid") ? c.phone : null) }))]);
  }
  return { chat, created: false, patch };
}
