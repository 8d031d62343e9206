import { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { TZapiCredentialStatusDto } from "@/lib/schemas/dto";
import { credentialStatusToDto } from "./zapi-credential-status";

export const DEFAULT_ZAPI_BASE = "https://api.z-api.io";

/**
 * An instance's Z-API credentials, for the status poll (lib/incidents/poll-zapi-status.ts). The instance token
 * is always sent whole (a replacement, never an edit of what the browser cannot see); `clientToken` left out
 * keeps the stored one, null removes it.
 */
export const ZSaveZapiCredentialInput = z.object({
  instanceToken: z.string().trim().min(1).max(200),
  clientToken: z.string().trim().min(1).max(200).nullable().optional(),
  apiBase: z
    .url({ protocol: /^https?$/ })
    .max(300)
    .default(DEFAULT_ZAPI_BASE),
});
export type TSaveZapiCredentialInput = z.infer<typeof ZSaveZapiCredentialInput>;

/**
 * Stores or replaces the credentials; the previous poll's answer goes with the old token (it said nothing
 * about the new one). "instance_not_found" for an unknown instance.
 */
export async function saveZapiCredential(db: Db, instanceId: string, input: TSaveZapiCredentialInput): Promise<TZapiCredentialStatusDto | "instance_not_found"> {
  const instance = await db.instance.findUnique({ where: { id: instanceId }, select: { id: true } });
  if (!instance) return "instance_not_found";
  const poll = { polledAt: null, polledConnected: null, polledPhoneConnected: null, polledError: null };
  const data = { instanceToken: input.instanceToken, apiBase: input.apiBase, ...(input.clientToken === undefined ? {} : { clientToken: input.clientToken }), ...poll };
  const row = await db.zapiCredential.upsert({ where: { instanceId }, create: { instanceId, ...data }, update: data });
  return credentialStatusToDto(row);
}
