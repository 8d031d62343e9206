import type { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { TAlertPolicyDto } from "@/lib/schemas/dto";
import { policyToDto } from "./policy-to-dto";
import type { ZUpdatePolicyInput } from "./schemas";

/** Sets the given fields of a scope's policy (null: inherit / default again); "instance_not_found" for an unknown instance. */
export async function updatePolicy(db: Db, scope: string, patch: z.infer<typeof ZUpdatePolicyInput>): Promise<TAlertPolicyDto | "instance_not_found"> {
  if (scope !== "global" && !(await db.instance.findUnique({ where: { id: scope }, select: { id: true } }))) return "instance_not_found";
  const data = { ...patch, snoozedUntil: patch.snoozedUntil === undefined ? undefined : patch.snoozedUntil && new Date(patch.snoozedUntil) };
  const row = await db.alertPolicy.upsert({ where: { scope }, create: { scope, ...data }, update: data });
  return policyToDto(scope, row);
}
