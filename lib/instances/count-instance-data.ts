import type { Db } from "@/lib/db/client";

export type TInstanceDataCounts = { messages: number; chats: number; events: number };

/** What deleting an instance would remove, for the confirmation. Null when there is no such instance. */
export async function countInstanceData(db: Db, id: string): Promise<TInstanceDataCounts | null> {
  const found = await db.instance.findUnique({ where: { id }, select: { id: true } });
  if (!found) return null;
  const [messages, chats, events] = await Promise.all([
    db.message.count({ where: { instanceId: id } }),
    db.chat.count({ where: { instanceId: id } }),
    db.rawEvent.count({ where: { instanceId: id } }),
  ]);
  return { messages, chats, events };
}
