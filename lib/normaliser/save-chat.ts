import type { Chat, Prisma } from "@/lib/generated/prisma/client";
import type { TApplyContext } from "./apply-context";

/** Writes a chat patch if there is one; `changed` says whether the row is different now. */
export async function saveChat(ctx: TApplyContext, chat: Chat, patch: Prisma.ChatUpdateInput): Promise<{ chat: Chat; changed: boolean }> {
  if (Object.keys(patch).length === 0) return { chat, changed: false };
  const updated = await ctx.tx.chat.update({ where: { id: chat.id }, data: patch });
  return { chat: updated, changed: true };
}
