import { z } from "zod";
import { ZAlertPolicyDto } from "@/lib/schemas/dto";
import { ZChannelConfig } from "./channel-config";

/** A new channel: a name, an optional instance (none: every instance), the kind's settings. A webhook's secret is made if missing. */
export const ZCreateChannelInput = z.object({
  name: z.string().trim().min(1).max(100),
  instanceId: z.string().min(1).max(100).nullable().default(null),
  config: z.preprocess(
    (c) => (c && typeof c === "object" && (c as { kind?: unknown }).kind === "webhook" && !(c as { secret?: unknown }).secret ? { ...c, secret: "generate" } : c),
    z.union([ZChannelConfig, z.object({ kind: z.literal("webhook"), url: z.url({ protocol: /^https?$/ }), secret: z.literal("generate") })]),
  ),
});
export type TCreateChannelInput = z.infer<typeof ZCreateChannelInput>;

export const ZUpdateChannelInput = z.object({ name: z.string().trim().min(1).max(100).optional(), enabled: z.boolean().optional() });

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const ZUpdatePolicyInput = ZAlertPolicyDto.omit({ scope: true })
  .partial()
  .refine((p) => !p.timeZone || isTimeZone(p.timeZone), { message: "not a time zone Vigia knows (e.g. America/Sao_Paulo)", path: ["timeZone"] });

export const ZCreateMaintenanceInput = z
  .object({ instanceId: z.string().min(1).max(100).nullable().default(null), startsAt: z.iso.datetime({ offset: true }), endsAt: z.iso.datetime({ offset: true }), note: z.string().max(200).nullable().default(null) })
  .refine((w) => new Date(w.endsAt) > new Date(w.startsAt), { message: "must end after it starts", path: ["endsAt"] });
