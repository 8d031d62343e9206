import type { Db } from "@/lib/db/client";
import { hashSecret, newSecret } from "@/lib/auth/tokens";
import { type TApiTokenDto, toApiTokenDto } from "./api-token-dto";

/** A new API token; the plain value is returned once and never stored. */
export async function createApiToken(db: Db, input: { name: string; userId: string | null }): Promise<{ token: string; item: TApiTokenDto }> {
  const token = newSecret("vg_");
  const row = await db.apiToken.create({ data: { name: input.name, tokenHash: hashSecret(token), prefix: token.slice(0, 7), userId: input.userId } });
  return { token, item: toApiTokenDto(row) };
}
