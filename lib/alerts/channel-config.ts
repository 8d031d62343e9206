import { z } from "zod";

const ZUrl = z.url({ protocol: /^https?$/ });

/** What each kind of channel needs. Everything here stays on the server (lib/alerts/channel-to-dto.ts). */
export const ZChannelConfig = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("slack"), url: ZUrl }),
  z.object({
    kind: z.literal("telegram"),
    botToken: z.string().min(1).max(200),
    chatId: z.string().min(1).max(100),
    apiBase: ZUrl.default("https://api.telegram.org"),
  }),
  /** A generic webhook signed per the Standard Webhooks scheme; `secret` is `whsec_` + base64. */
  z.object({ kind: z.literal("webhook"), url: ZUrl, secret: z.string().regex(/^whsec_[A-Za-z0-9+/=]{16,}$/) }),
  z.object({
    kind: z.literal("email"),
    host: z.string().min(1).max(255),
    port: z.number().int().min(1).max(65535).default(587),
    /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
    secure: z.boolean().default(false),
    user: z.string().max(255).optional(),
    pass: z.string().max(255).optional(),
    from: z.string().min(3).max(255),
    to: z.string().min(3).max(1000),
  }),
  /** A message through another Z-API instance (never the one that is down, lib/alerts/channels/send-whatsapp.ts). */
  z.object({
    kind: z.literal("whatsapp"),
    instanceId: z.string().min(1).max(100),
    instanceToken: z.string().min(1).max(200),
    clientToken: z.string().max(200).optional(),
    phone: z.string().regex(/^\d{8,15}(-group)?$|^\d+@g\.us$/),
    apiBase: ZUrl.default("https://api.z-api.io"),
  }),
  /** Web Push to every browser or phone subscribed in Settings → Alerts (lib/alerts/channels/send-push.ts): nothing to configure. */
  z.object({ kind: z.literal("push") }),
]);
export type TChannelConfig = z.infer<typeof ZChannelConfig>;
export type TChannelKind = TChannelConfig["kind"];
