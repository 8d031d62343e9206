import type { Chat, Prisma } from "@/lib/generated/prisma/client";
import { Prisma as P } from "@/lib/generated/prisma/client";
import { chatToDto } from "@/lib/dto/chat-to-dto";
import type { TChangeDraft } from "@/lib/schemas/dto";
import { CHAT_COLUMNS } from "./batch-state";
import { READS_CHAT_SQL } from "./unread-rule";

/**
 * One person, one chat (docs/zapi/EDGE_CASES.md 15): the rows in `absorbed` turned out to be the same contact as
 * `keep` (a payload named the number and the LID together, or the ninth-digit twin). Their messages move to
 * `keep`, their presence goes, they are deleted; `keep` takes the newest last message, any name or photo it
 * lacked, and the unread count of all the messages it now holds (the rule of lib/normaliser/recount-unread.ts).
 * In the caller's transaction; returns the kept row and the changes that tell the live view.
 */
export async function mergeChats(tx: Prisma.TransactionClient, keep: Chat, absorbed: Chat[]): Promise<{ chat: Chat; changes: TChangeDraft[] }> {
  const ids = absorbed.map((c) => c.id);
  const all = [keep, ...absorbed];
  const newest = all.reduce((a, b) => ((b.lastMessageAt?.getTime() ?? -Infinity) > (a.lastMessageAt?.getTime() ?? -Infinity) ? b : a));
  const name = keep.name ?? absorbed.find((c) => c.name !== null)?.name ?? null;
  const photo = keep.photoUrl ?? absorbed.find((c) => c.photoUrl !== null)?.photoUrl ?? null;
  await tx.$executeRaw`UPDATE message SET chat_id = ${keep.id}::uuid WHERE chat_id = ANY(${ids}::uuid[])`;
  await tx.$executeRaw`DELETE FROM presence WHERE chat_id = ANY(${ids}::uuid[])`;
  await tx.$executeRaw`DELETE FROM chat WHERE id = ANY(${ids}::uuid[])`;
  const [chat] = await tx.$queryRaw<Chat[]>`
    UPDATE chat SET name = ${name}, photo_url = ${photo}, last_message_at = ${newest.lastMessageAt}::timestamptz,
           last_message_preview = ${newest.lastMessagePreview}, updated_at = now(),
           unread_count = (SELECT count(*)::int FROM message m
              WHERE m.chat_id = chat.id AND m.from_me = false AND m.read_by_me_at IS NULL AND m.kind NOT IN ('notification', 'pending', 'revoked')
                AND chat.kind <> 'status'
                AND m.sent_at > COALESCE((SELECT max(r.sent_at) FROM message r WHERE r.chat_id = chat.id AND ${P.raw(READS_CHAT_SQL)}), '-infinity'::timestamptz))
     WHERE id = ${keep.id}::uuid
    RETURNING ${P.raw(CHAT_COLUMNS)}`;
  if (!chat) throw new Error(`chat ${keep.id} vanished while merging`);
  const changes: TChangeDraft[] = absorbed.map((c) => ({ kind: "chat:removed", payload: { id: c.id, instanceId: c.instanceId, mergedInto: keep.id } }));
  changes.push({ kind: "chat:upserted", payload: chatToDto(chat) });
  return { chat, changes };
}
