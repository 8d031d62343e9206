import type { AlertPolicy } from "@/lib/generated/prisma/client";
import { iso } from "@/lib/dto/iso";
import { ZAlertPolicyDto, type TAlertPolicyDto } from "@/lib/schemas/dto";

export function policyToDto(scope: string, row: AlertPolicy | null): TAlertPolicyDto {
  return ZAlertPolicyDto.parse({
    scope,
    delaySeconds: row?.delaySeconds ?? null,
    reminderMinutes: row?.reminderMinutes ?? null,
    sendRecovery: row?.sendRecovery ?? null,
    snoozedUntil: iso(row?.snoozedUntil ?? null),
    quietStart: row?.quietStart ?? null,
    quietEnd: row?.quietEnd ?? null,
    timeZone: row?.timeZone ?? null,
    language: row?.language ?? null,
    silenceMinutes: row?.silenceMinutes ?? null,
  });
}
