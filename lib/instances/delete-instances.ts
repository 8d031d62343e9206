import { appendChanges } from "@/lib/changes/append-changes";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TInstanceDataCounts } from "./count-instance-data";

export type TDeleted = TInstanceDataCounts & { instances: number };

/**
 * Deletes instances with everything Vigia holds about them — their raw webhooks too, so processing the log
 * again cannot bring them back — in one transaction, with an `instance:removed` change per instance so open
 * dashboards drop them (lib/live-store/live-draft.ts). Message edits and presence go with their message and
 * chat (ON DELETE CASCADE). The row locks come first: a webhook of the instance being normalised meanwhile
 * waits, then creates the instance afresh, which is what happened (new traffic).
 */
export async function deleteInstances(db: Db, where: Prisma.InstanceWhereInput): Promise<TDeleted> {
  return db.$transaction(async (tx) => {
    const found = await tx.instance.findMany({ where, select: { id: true } });
    const ids = found.map((r) => r.id);
    if (ids.length === 0) return { instances: 0, messages: 0, chats: 0, events: 0 };
    await tx.$executeRaw`SELECT 1 FROM instance WHERE id = ANY(${ids}::text[]) FOR UPDATE`;
    const byInstance = { instanceId: { in: ids } };
    await tx.statusTransition.deleteMany({ where: byInstance });
    await tx.deliveryResult.deleteMany({ where: byInstance });
    await tx.reaction.deleteMany({ where: byInstance });
    await tx.connectionEvent.deleteMany({ where: byInstance });
    const messages = await tx.message.deleteMany({ where: byInstance });
    const chats = await tx.chat.deleteMany({ where: byInstance });
    const events = await tx.rawEvent.deleteMany({ where: byInstance });
    const instances = await tx.instance.deleteMany({ where: { id: { in: ids } } });
    await appendChanges(tx, ids.map((id) => ({ kind: "instance:removed" as const, payload: { id } })));
    return { instances: instances.count, messages: messages.count, chats: chats.count, events: events.count };
  });
}
