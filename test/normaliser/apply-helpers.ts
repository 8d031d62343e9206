import { expect } from "vitest";
import type { Db } from "@/lib/db/client";
import { applyRawEvent, type TApplyResult } from "@/lib/normaliser/apply-raw-event";
import { ZChangeDto } from "@/lib/schemas/dto";

type TApplyOptions = { receivedAt?: Date; bodyEncoding?: string };

/** Stores a raw event and applies it the way the normaliser does; every change must satisfy its DTO. */
export async function applyBody(db: Db, body: unknown, opts: TApplyOptions = {}): Promise<TApplyResult & { rawId: bigint }> {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  const row = await db.rawEvent.create({
    data: { body: text, bodyEncoding: opts.bodyEncoding ?? "utf8", headers: {}, ...(opts.receivedAt ? { receivedAt: opts.receivedAt } : {}) },
  });
  const result = await reapply(db, row);
  return { ...result, rawId: row.id };
}

/** Applies an already stored raw event again (crash recovery). */
export async function reapply(db: Db, row: { id: bigint; body: string; bodyEncoding: string; receivedAt: Date }): Promise<TApplyResult> {
  const result = await db.$transaction((tx) => applyRawEvent(tx, row));
  for (const change of result.changes) {
    const parsed = ZChangeDto.safeParse({ seq: 0, ...change });
    expect(parsed.success, `${change.kind}: ${parsed.success ? "" : parsed.error.message}`).toBe(true);
    expect(change.kind).not.toBe("event:logged");
  }
  return result;
}

/** Row counts of every domain table for one instance: "no new rows" checks compare two of these. */
export async function domainCounts(db: Db, instanceId: string): Promise<Record<string, number>> {
  const [instances, chats, messages, edits, transitions, deliveries, reactions, connections, presences] = await Promise.all([
    db.instance.count({ where: { id: instanceId } }),
    db.chat.count({ where: { instanceId } }),
    db.message.count({ where: { instanceId } }),
    db.messageEdit.count({ where: { message: { instanceId } } }),
    db.statusTransition.count({ where: { instanceId } }),
    db.deliveryResult.count({ where: { instanceId } }),
    db.reaction.count({ where: { instanceId } }),
    db.connectionEvent.count({ where: { instanceId } }),
    db.presence.count({ where: { chat: { instanceId } } }),
  ]);
  return { instances, chats, messages, edits, transitions, deliveries, reactions, connections, presences };
}
