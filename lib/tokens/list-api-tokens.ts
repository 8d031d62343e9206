import type { Db } from "@/lib/db/client";
import { type TApiTokenDto, toApiTokenDto } from "./api-token-dto";

export async function listApiTokens(db: Db): Promise<TApiTokenDto[]> {
  return (await db.apiToken.findMany({ orderBy: { createdAt: "desc" } })).map(toApiTokenDto);
}
