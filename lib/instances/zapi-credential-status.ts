import type { Db } from "@/lib/db/client";
import { iso } from "@/lib/dto/iso";
import type { ZapiCredential } from "@/lib/generated/prisma/client";
import { ZZapiCredentialStatusDto, type TZapiCredentialStatusDto } from "@/lib/schemas/dto";

/** A credential row as the browser may see it: that it exists and what the poll said, never the tokens. */
export function credentialStatusToDto(row: ZapiCredential | null): TZapiCredentialStatusDto {
  return ZZapiCredentialStatusDto.parse({
    configured: row !== null,
    apiBase: row?.apiBase ?? null,
    hasClientToken: !!row?.clientToken,
    updatedAt: iso(row?.updatedAt ?? null),
    polledAt: iso(row?.polledAt ?? null),
    polledConnected: row?.polledConnected ?? null,
    polledError: row?.polledError ?? null,
  });
}

export async function getZapiCredentialStatus(db: Db, instanceId: string): Promise<TZapiCredentialStatusDto> {
  return credentialStatusToDto(await db.zapiCredential.findUnique({ where: { instanceId } }));
}
