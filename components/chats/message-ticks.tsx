"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { IconAlert, IconClock, IconMic } from "@/components/icons/chat-icons";
import { IconCheck, IconCheckDouble } from "@/components/icons/icons";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import { receiptTick } from "@/lib/messages/receipt-rules";

/**
 * WhatsApp's ticks (lib/messages/receipt-rules.ts `receiptTick`), with the status in words as the accessible
 * name and tooltip. `href`: the message's timeline. `error`: why a send failed, shown on hover.
 */
export function MessageTicks({ status, kind, href, error, className }: { status: string | null; kind?: string; href?: string; error?: string | null; className?: string }) {
  const t = useTranslations("feed");
  const tc = useTranslations("chats");
  const tick = receiptTick(status, kind);
  if (!tick || !status) return null;
  const label = tick === "failed" && error ? `${t("status", { status })}: ${error}` : t("status", { status });
  const icon =
    tick === "clock" ? (
      <IconClock className="size-3.5" />
    ) : tick === "failed" ? (
      <IconAlert className="size-3.5" />
    ) : tick === "sent" ? (
      <IconCheck className="size-4" />
    ) : tick === "played" ? (
      <>
        <IconCheckDouble className="size-4" />
        <IconMic className="size-3" />
      </>
    ) : (
      <IconCheckDouble className="size-4" />
    );
  const tone =
    tick === "failed" ? "text-red-600 dark:text-red-400" : tick === "read" || tick === "played" ? "text-sky-500 dark:text-sky-400" : "text-zinc-400 dark:text-zinc-500";
  const body = (
    <>
      {icon}
      <span className="sr-only">{label}</span>
    </>
  );
  const common = { "data-testid": "ticks", "data-tick": tick, title: label, className: cn("inline-flex shrink-0 items-center rounded", href && focusRing, tone, className) };
  return href ? (
    <Link href={href} {...common} aria-label={tc("openTimeline", { status: label })}>
      {body}
    </Link>
  ) : (
    <span {...common}>{body}</span>
  );
}
