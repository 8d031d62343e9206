"use client";

import { useTranslations } from "next-intl";
import { IconCheck, IconCheckDouble } from "@/components/icons/icons";
import { cn } from "@/components/ui/cn";
import { isDelivered, isSeen } from "@/lib/messages/receipt-rules";

/** WhatsApp-style ticks with the status in words beside them (colour and ticks alone are not enough). */
export function ReceiptStatus({ status }: { status: string }) {
  const t = useTranslations("feed");
  const read = isSeen(status);
  const Icon = isDelivered(status) ? IconCheckDouble : IconCheck;
  return (
    <span
      data-testid="receipt-status"
      className={cn(
        "inline-flex items-center gap-1 text-xs font-medium",
        status === "FAILED" ? "text-red-700 dark:text-red-400" : read ? "text-sky-700 dark:text-sky-400" : "text-zinc-500 dark:text-zinc-400",
      )}
    >
      {status === "FAILED" ? null : <Icon className="size-3.5" />}
      {t("status", { status })}
    </span>
  );
}
