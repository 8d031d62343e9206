"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { SegmentedControl } from "@/components/ui/segmented-control";
import { type AppLocale, LOCALE_COOKIE } from "@/i18n/config";

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

export function LanguageSwitch({ className }: { className?: string }) {
  const t = useTranslations("language");
  const locale = useLocale();
  const router = useRouter();
  const [, startTransition] = useTransition();

  function choose(next: AppLocale) {
    if (next === locale) return;
    // biome-ignore lint/suspicious/noDocumentCookie: a plain preference cookie, read by i18n/request.ts
    document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=${ONE_YEAR_SECONDS}; samesite=lax`;
    startTransition(() => router.refresh());
  }

  return (
    <SegmentedControl
      className={className}
      label={t("label")}
      value={locale}
      onChange={choose}
      options={[
        { value: "pt-BR", label: t("ptBR"), content: "PT", lang: "pt-BR" },
        { value: "en", label: t("en"), content: "EN", lang: "en" },
      ]}
    />
  );
}
