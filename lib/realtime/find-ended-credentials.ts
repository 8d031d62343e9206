import type pg from "pg";
import type { EndReason, SocketCredential } from "./socket-credential";

type Row = { kind: "session" | "token"; id: string; expired: boolean };

/**
 * Of the given credentials, those that ended, with why: sessions deleted or past `expires_at`, tokens revoked
 * or deleted. One round trip for every socket of the process, however many (`= ANY($1)`); expiry is judged by
 * the database clock, so processes on different machines agree.
 */
export async function findEndedCredentials(pool: Pick<pg.Pool, "query">, credentials: SocketCredential[]): Promise<Map<string, EndReason>> {
  const sessionIds = [...new Set(credentials.flatMap((c) => (c.kind === "session" ? [c.id] : [])))];
  const tokenIds = [...new Set(credentials.flatMap((c) => (c.kind === "token" ? [c.id] : [])))];
  const ended = new Map<string, EndReason>();
  if (sessionIds.length === 0 && tokenIds.length === 0) return ended;
  const { rows } = await pool.query<Row>(
    `SELECT 'session' AS kind, id, expires_at <= now() AS expired FROM session WHERE id = ANY($1::text[])
     UNION ALL
     SELECT 'token', id::text, false FROM api_token WHERE id = ANY($2::uuid[]) AND revoked_at IS NULL`,
    [sessionIds, tokenIds],
  );
  const alive = new Map(rows.map((r) => [`${r.kind}:${r.id}`, r]));
  for (const id of sessionIds) {
    const row = alive.get(`session:${id}`);
    if (!row) ended.set(id, "signed_out");
    else if (row.expired) ended.set(id, "expired");
  }
  for (const id of tokenIds) if (!alive.has(`token:${id}`)) ended.set(id, "revoked");
  return ended;
}
