"use client";

import { useTranslations } from "next-intl";
import { Input } from "@/components/ui/input";
import { Field } from "./field";

export type TChannelKind = "slack" | "telegram" | "webhook" | "email" | "whatsapp" | "push";

/** The settings each kind of channel needs, as [field, input type]; every one is required but the optional ones. */
type TFieldName = "url" | "botToken" | "chatId" | "host" | "port" | "user" | "pass" | "from" | "to" | "instanceId" | "instanceToken" | "clientToken" | "phone";

export const CHANNEL_FIELDS: Record<TChannelKind, { name: TFieldName; type: "text" | "url" | "password" | "email" | "number"; optional?: boolean }[]> = {
  slack: [{ name: "url", type: "url" }],
  telegram: [
    { name: "botToken", type: "password" },
    { name: "chatId", type: "text" },
  ],
  webhook: [{ name: "url", type: "url" }],
  email: [
    { name: "host", type: "text" },
    { name: "port", type: "number" },
    { name: "user", type: "text", optional: true },
    { name: "pass", type: "password", optional: true },
    { name: "from", type: "email" },
    { name: "to", type: "text" },
  ],
  whatsapp: [
    { name: "instanceId", type: "text" },
    { name: "instanceToken", type: "password" },
    { name: "clientToken", type: "password", optional: true },
    { name: "phone", type: "text" },
  ],
  // Web Push goes to the browsers subscribed below the channel list (components/alerts/push-subscription.tsx).
  push: [],
};

export function ChannelFields({ kind, values, onChange }: { kind: TChannelKind; values: Record<string, string>; onChange: (name: string, value: string) => void }) {
  const t = useTranslations("alertSettings.fields");
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      {CHANNEL_FIELDS[kind].map((f) => (
        <Field key={f.name} id={`channel-${f.name}`} label={`${t(`${f.name}.label`)}${f.optional ? ` (${t("optional")})` : ""}`} hint={t(`${f.name}.hint`)}>
          <Input
            id={`channel-${f.name}`}
            type={f.type}
            value={values[f.name] ?? ""}
            autoComplete="off"
            required={!f.optional}
            onChange={(e) => onChange(f.name, e.target.value)}
          />
        </Field>
      ))}
    </div>
  );
}
