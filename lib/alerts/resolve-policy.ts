import type { AlertPolicy } from "@/lib/generated/prisma/client";

export type TPolicy = {
  /** Wait this long after an incident starts before alerting: a reconnect within it is a flap, not an outage. */
  delaySeconds: number;
  /** Remind every this many minutes while the incident lasts; 0: never. */
  reminderMinutes: number;
  sendRecovery: boolean;
  snoozedUntil: Date | null;
  quietStart: string | null;
  quietEnd: string | null;
  timeZone: string;
  language: "pt-BR" | "en";
};

/** What a user who configured nothing gets: Z-API's own reconnects take well under a minute. */
export const DEFAULT_POLICY: TPolicy = {
  delaySeconds: 60,
  reminderMinutes: 30,
  sendRecovery: true,
  snoozedUntil: null,
  quietStart: null,
  quietEnd: null,
  timeZone: "America/Sao_Paulo",
  language: "pt-BR",
};

/** The policy for an instance (or, with null, for the installation): its own row over the global row over the defaults. */
export function resolvePolicy(rows: ReadonlyMap<string, AlertPolicy>, instanceId: string | null): TPolicy {
  const layers = [rows.get("global"), instanceId ? rows.get(instanceId) : undefined].filter((r): r is AlertPolicy => !!r);
  const p = { ...DEFAULT_POLICY };
  for (const r of layers) {
    if (r.delaySeconds !== null) p.delaySeconds = r.delaySeconds;
    if (r.reminderMinutes !== null) p.reminderMinutes = r.reminderMinutes;
    if (r.sendRecovery !== null) p.sendRecovery = r.sendRecovery;
    if (r.snoozedUntil !== null) p.snoozedUntil = r.snoozedUntil;
    if (r.quietStart !== null && r.quietEnd !== null) {
      p.quietStart = r.quietStart;
      p.quietEnd = r.quietEnd;
    }
    if (r.timeZone !== null) p.timeZone = r.timeZone;
    if (r.language === "en" || r.language === "pt-BR") p.language = r.language;
  }
  return p;
}
