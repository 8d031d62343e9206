import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatPhone } from "@/components/format/format-phone";
import { instanceLabel } from "@/components/format/instance-label";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import type { EventEffects } from "@/lib/events/get-event-effects";

const link = cn("rounded font-medium text-brand-700 hover:underline dark:text-brand-300", focusRing);

/** Its instance, the messages it created or is about, the receipts, send results and connection changes it recorded. */
export async function EventChanges({ effects }: { effects: EventEffects }) {
  const t = await getTranslations("eventDetail");
  const tFeed = await getTranslations("feed");
  const nothing =
    effects.messages.length + effects.statuses.length + effects.deliveries.length + effects.connections.length === 0;
  return (
    <Card aria-labelledby="event-changes-title">
      <CardHeader>
        <CardTitle id="event-changes-title">{t("changesTitle")}</CardTitle>
      </CardHeader>
      <ul className="divide-y divide-zinc-100 text-sm dark:divide-zinc-800" data-testid="event-changes">
        <li className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3">
          <span className="text-zinc-500 dark:text-zinc-400">{t("instance")}</span>
          {effects.instance ? (
            <Link href={`/events?instanceId=${encodeURIComponent(effects.instance.id)}`} className={link}>
              {instanceLabel(effects.instance, effects.instance.id)}
            </Link>
          ) : (
            <span>{t("noInstance")}</span>
          )}
        </li>
        {effects.messages.map(({ message, chat, createdHere }) => (
          <li key={message.id} className="space-y-1 px-4 py-3" data-testid="event-change-message">
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone={createdHere ? "brand" : "neutral"}>{createdHere ? t("messageCreated") : t("messageAbout")}</Badge>
              <Link href={`/chats/${encodeURIComponent(chat.id)}`} className={link}>
                {chat.name ?? formatPhone(chat.phone) ?? tFeed("unknownChat")}
              </Link>
            </div>
            <p className="line-clamp-2 break-words text-zinc-700 dark:text-zinc-300">
              {message.text ?? tFeed("kind", { kind: message.kind })}
            </p>
          </li>
        ))}
        {effects.statuses.map((s) => (
          <li key={`${s.messageId}:${s.status}`} className="px-4 py-3">
            {t("receipt", { status: tFeed("status", { status: s.status }) })}{" "}
            <span className="font-mono text-xs break-all text-zinc-500 dark:text-zinc-400">{s.messageId}</span>
          </li>
        ))}
        {effects.deliveries.map((d) => (
          <li key={d.messageId} className={cn("px-4 py-3", d.error && "text-red-700 dark:text-red-400")}>
            {d.error ? t("deliveryFailed", { reason: d.error }) : t("deliveryOk")}
          </li>
        ))}
        {effects.connections.map((c) => (
          <li key={`${c.kind}:${c.at}`} className="px-4 py-3">
            {t("connection", { kind: c.kind })}
            {c.reason ? <span className="text-zinc-600 dark:text-zinc-400"> · {c.reason}</span> : null}
          </li>
        ))}
        {nothing ? <li className="px-4 py-3 text-zinc-600 dark:text-zinc-400">{t("noChanges")}</li> : null}
      </ul>
    </Card>
  );
}
