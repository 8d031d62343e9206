import type { Prisma } from "@/lib/generated/prisma/client";
import { identifierForms } from "./contact-aliases";
import type { TReactionIntent } from "./intent";

/**
 * The key a reaction is stored under: for someone else, the phone of the private chat that any form of
 * `reactionBy` names (a number, its ninth-digit twin, bare LID digits, `…@lid`; docs/zapi/EDGE_CASES.md 14-17), so a
 * reaction set by number and removed by LID is one row; as given when no chat names them yet
 * (lib/normaliser/rekey-reactions.ts moves it once one does). Our own reactions keep what Z-API sent. One statement.
 */
export async function resolveReactors(tx: Prisma.TransactionClient, intents: readonly TReactionIntent[]): Promise<TReactionIntent[]> {
  const rows = intents.flatMap((r, n) => (r.fromMe ? [] : identifierForms(r.reactor).map((a) => ({ n, i: r.instanceId, a }))));
  if (rows.length === 0) return [...intents];
  const found = await tx.$queryRaw<{ n: number; phone: string }[]>`
    SELECT DISTINCT ON (u.n) u.n, c.phone FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS u(n int, i text, a text)
     CROSS JOIN LATERAL (SELECT phone, created_at, id FROM chat
                          WHERE chat.instance_id = u.i AND (chat.phone = u.a OR chat.chat_lid = u.a) AND chat.kind = 'private' OFFSET 0) c
     ORDER BY u.n, c.created_at, c.id`;
  const key = new Map(found.map((f) => [f.n, f.phone]));
  return intents.map((r, n) => ({ ...r, reactor: key.get(n) ?? r.reactor }));
}
