import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { type AppLocale, DEFAULT_TIME_ZONE, LOCALE_COOKIE } from "./config";
import { resolveLocale } from "./resolve-locale";

const loaders = {
  "pt-BR": () => import("../messages/pt-BR.json"),
  en: () => import("../messages/en.json"),
} satisfies Record<AppLocale, () => Promise<unknown>>;

// No locale in the URL: dashboards get bookmarked and shared inside a team, and each person keeps their own
// language through the cookie (or their browser's language the first time).
export default getRequestConfig(async () => {
  const cookieStore = await cookies();
  const headerList = await headers();
  const locale = resolveLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerList.get("accept-language"));
  const messages = (await loaders[locale]()).default;
  return { locale, messages, timeZone: DEFAULT_TIME_ZONE };
});
