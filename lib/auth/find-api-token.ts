import type { Db } from "@/lib/db/client";
import { secretsMatch } from "@/lib/webhooks/secrets-match";
import { hashSecret } from "./tokens";

export type TokenPrincipal = { kind: "token"; tokenId: string | null };

/** Accepts the VIGIA_API_TOKEN from the environment or an unrevoked token created in the UI. */
export async function findApiToken(db: Db, envToken: string | null, token: string | undefined | null): Promise<TokenPrincipal | null> {
  if (!token || token.length > 200) return null;
  if (envToken && secretsMatch(token, envToken)) return { kind: "token", tokenId: null };
  const row = await db.apiToken.findUnique({ where: { tokenHash: hashSecret(token) } });
  if (!row || row.revokedAt) return null;
  // Best effort: a failed "last used" update must not fail the request.
  await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } }).catch(() => {});
  return { kind: "token", tokenId: row.id };
}
