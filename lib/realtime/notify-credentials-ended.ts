import { z } from "zod";
import type { Db } from "@/lib/db/client";

/** Every Vigia process LISTENs here (lib/realtime/listen-auth-ended.ts) and closes the sockets it names. */
export const AUTH_ENDED_CHANNEL = "vigia_auth_ended";

/**
 * What ended, as sent on the channel. Session ids are the stored SHA-256 of the cookie (`session.id`), never
 * the cookie itself, so the payload (visible in pg_stat_activity and logs) is no credential.
 * - `sessions`: these sessions were deleted (logout).
 * - `tokens`: these API tokens were revoked or deleted.
 * - `user-sessions`: every session of this user ended but `exceptSessionId` (a password reset keeps the
 *   session that made it; VIGIA_ADMIN_PASSWORD at start keeps none). Its API tokens stay valid.
 * - `user`: the user was removed: all its sessions and the API tokens it created.
 */
export const ZEndedCredentials = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("sessions"), ids: z.array(z.string().min(1).max(200)) }),
  z.object({ kind: z.literal("tokens"), ids: z.array(z.string().min(1).max(200)) }),
  z.object({ kind: z.literal("user-sessions"), userId: z.string().min(1), exceptSessionId: z.string().nullable() }),
  z.object({ kind: z.literal("user"), userId: z.string().min(1) }),
]);
export type TEndedCredentials = z.infer<typeof ZEndedCredentials>;

/** Anything with raw SQL: the Prisma client or, preferably, the transaction that does the delete. */
type Sql = Pick<Db, "$executeRaw">;

// NOTIFY payloads must stay under 8000 bytes; a session id is 64 hex characters (+ quotes and a comma).
const IDS_PER_NOTIFY = 100;

/**
 * Announces to every Vigia process that credentials ended, so their sockets close. Call it in the same
 * transaction as the delete/revoke: PostgreSQL delivers a NOTIFY only when that transaction commits (never
 * after a rollback), so no process drops a socket for a logout that did not happen, nor misses one that did.
 * The periodic sweep (lib/realtime/watch-credentials.ts) catches anything missed while a listener was down.
 */
export async function notifyCredentialsEnded(tx: Sql, ended: TEndedCredentials): Promise<void> {
  for (const payload of splitPayloads(ended)) {
    // $executeRaw, not $queryRaw: pg_notify returns void, which the client cannot decode as a column.
    await tx.$executeRaw`SELECT pg_notify(${AUTH_ENDED_CHANNEL}, ${JSON.stringify(payload)})`;
  }
}

function splitPayloads(ended: TEndedCredentials): TEndedCredentials[] {
  if (ended.kind !== "sessions" && ended.kind !== "tokens") return [ended];
  const parts: TEndedCredentials[] = [];
  for (let i = 0; i < ended.ids.length; i += IDS_PER_NOTIFY) parts.push({ kind: ended.kind, ids: ended.ids.slice(i, i + IDS_PER_NOTIFY) });
  return parts;
}

/** A payload from the channel, or null when it is not one of ours (never throws: it comes from outside). */
export function parseEndedCredentials(payload: string | undefined): TEndedCredentials | null {
  try {
    const r = ZEndedCredentials.safeParse(JSON.parse(payload ?? ""));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}
