import type messages from "../messages/pt-BR.json";
import type { AppLocale } from "./config";

// Typed keys: a t("…") call with a key missing from pt-BR.json fails `tsc`; test/i18n-keys.test.ts keeps
// en.json in step with it.
declare module "next-intl" {
  interface AppConfig {
    Locale: AppLocale;
    Messages: typeof messages;
  }
}
