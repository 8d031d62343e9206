import type { Db } from "@/lib/db/client";
import type { TAlertPolicyDto } from "@/lib/schemas/dto";
import { policyToDto } from "./policy-to-dto";

/** The stored policy of a scope ("global" or an instance id); every field null when nothing was set. */
export async function getPolicy(db: Db, scope: string): Promise<TAlertPolicyDto> {
  return policyToDto(scope, await db.alertPolicy.findUnique({ where: { scope } }));
}
