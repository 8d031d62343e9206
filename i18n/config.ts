// Isomorphic i18n constants: used by i18n/request.ts on the server and by the language switch in the browser.

export const LOCALES = ["pt-BR", "en"] as const;
export type AppLocale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: AppLocale = "pt-BR";

/** Cookie the language switch writes; the same name next-intl uses, so tooling recognises it. */
export const LOCALE_COOKIE = "NEXT_LOCALE";

/** Most operators are in Brazil; times are shown in this zone until a per-user setting exists. */
export const DEFAULT_TIME_ZONE = "America/Sao_Paulo";

export function isAppLocale(value: string | undefined | null): value is AppLocale {
  return value === "pt-BR" || value === "en";
}
