import type { Presence } from "@/lib/generated/prisma/client";
import { chatToDto } from "@/lib/dto/chat-to-dto";
import { presenceToDto } from "@/lib/dto/presence-to-dto";
import type { TChangeDraft } from "@/lib/schemas/dto";
import type { TApplyContext, TApplyOutcome } from "./apply-context";
import { findOrCreateChat } from "./find-or-create-chat";
import type { TPresenceIntent } from "./intent";
import { saveChat } from "./save-chat";

/**
 * Latest presence per chat. Presence has no timestamp, so arrival time orders it: an older arrival never
 * overwrites a newer one; at the same millisecond a different status wins (events are applied in arrival
 * order) while re-applying the same event changes nothing.
 */
export async function applyPresence(ctx: TApplyContext, intent: TPresenceIntent): Promise<TApplyOutcome> {
  const { tx } = ctx;
  const changes: TChangeDraft[] = [];
  const resolved = await findOrCreateChat(ctx, intent.instanceId, intent.chat);
  const saved = await saveChat(ctx, resolved.chat, resolved.patch);
  if (saved.changed || resolved.created) changes.push({ kind: "chat:upserted", payload: chatToDto(saved.chat) });
  const chatId = saved.chat.id;
  const rows = await tx.$queryRaw<Presence[]>`
    INSERT INTO presence (chat_id, status, last_seen, updated_at)
    VALUES (${chatId}::uuid, ${intent.status}, ${intent.lastSeen}::timestamptz, ${intent.at}::timestamptz)
    ON CONFLICT (chat_id) DO UPDATE
      SET status = EXCLUDED.status, last_seen = COALESCE(EXCLUDED.last_seen, presence.last_seen), updated_at = EXCLUDED.updated_at
      WHERE presence.updated_at < EXCLUDED.updated_at
         OR (presence.updated_at = EXCLUDED.updated_at AND presence.status <> EXCLUDED.status)
    RETURNING chat_id AS "chatId", status, last_seen AS "lastSeen", updated_at AS "updatedAt"`;
  const row = rows[0];
  if (!row) return { duplicate: true, changes };
  changes.push({ kind: "presence:changed", payload: presenceToDto(row, saved.chat) });
  return { duplicate: false, changes };
}
