"use client";

import { useTranslations } from "next-intl";
import { knownDeliveryError } from "@/lib/messages/known-delivery-errors";
import type { TMessageDto } from "@/lib/schemas/dto";

/** A failed send's reason as one line of words: Vigia's translation when it knows it, else Z-API's text, said to be theirs. */
export function useFailureText(failure: TMessageDto["failure"]): { text: string; original: string | null } | null {
  const t = useTranslations("failureReason");
  if (!failure) return null;
  const original = [failure.errorCode, failure.error].filter(Boolean).join(": ") || null;
  const key = knownDeliveryError(failure.error, failure.errorCode);
  if (key) return { text: t(`known.${key}`), original };
  if (failure.error) return { text: `${t("given")} “${failure.error}”`, original: null };
  return { text: t("unknown"), original };
}

/** The reason in words, with Z-API's original on hover. */
export function FailureReason({ failure, className }: { failure: TMessageDto["failure"]; className?: string }) {
  const t = useTranslations("failureReason");
  const reason = useFailureText(failure);
  if (!reason) return null;
  return (
    <span data-testid="failure-reason" title={reason.original ? t("original", { reason: reason.original }) : reason.text} className={className}>
      {reason.text}
    </span>
  );
}
