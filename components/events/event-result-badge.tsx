"use client";

import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { TRawEventDto } from "@/lib/schemas/dto";

const tones: Record<TRawEventDto["result"], BadgeTone> = {
  ok: "success",
  pending: "neutral",
  unrecognized: "warning",
  invalid: "danger",
  failed: "danger",
};

export function EventResultBadge({ result }: { result: TRawEventDto["result"] }) {
  const t = useTranslations("events.result");
  return <Badge tone={tones[result]}>{t(result)}</Badge>;
}
