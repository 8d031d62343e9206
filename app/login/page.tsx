import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { IconCheckDouble, IconMessage, IconPlug } from "@/components/icons/icons";
import { Logo } from "@/components/icons/logo";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import { getCurrentUser } from "@/lib/auth/get-current-user";
import { isLocalRequest } from "@/lib/auth/is-local-request";
import { needsSetup } from "@/lib/auth/needs-setup";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { LoginForm } from "./login-form";
import { SetupForm } from "./setup-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("login");
  return { title: t("metaTitle") };
}

const highlights = [
  { key: "chats", Icon: IconMessage },
  { key: "receipts", Icon: IconCheckDouble },
  { key: "health", Icon: IconPlug },
] as const;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const { next: rawNext } = await searchParams;
  const next = safeNextPath(Array.isArray(rawNext) ? rawNext[0] : rawNext) ?? "/";
  if (await getCurrentUser()) redirect(next);
  const setup = await needsSetup();
  // The same rule the setup route applies (lib/auth/set-up-first-admin.ts); asking here only saves a round trip.
  const needsCode = setup && !isLocalRequest(await headers());
  const t = await getTranslations();
  const mode = setup ? "setup" : "login";

  return (
    <div className="flex min-h-dvh flex-col lg:flex-row">
      <aside className="hidden flex-col justify-between bg-brand-900 p-10 text-brand-50 lg:flex lg:w-[44%] dark:bg-brand-950">
        <div className="flex items-center gap-3">
          <Logo className="size-9" />
          <span className="text-xl font-semibold tracking-tight">{t("meta.title")}</span>
        </div>
        <div className="max-w-md">
          <p className="text-3xl leading-tight font-semibold text-balance">{t("login.pitch")}</p>
          <ul className="mt-8 space-y-4">
            {highlights.map(({ key, Icon }) => (
              <li key={key} className="flex gap-3">
                <span className="mt-0.5 flex size-8 shrink-0 items-center justify-center rounded-lg bg-white/10">
                  <Icon className="size-4" />
                </span>
                <span className="text-sm leading-relaxed text-brand-100">{t(`login.highlights.${key}`)}</span>
              </li>
            ))}
          </ul>
        </div>
        <p className="text-xs text-brand-200/80">{t("login.footer")}</p>
      </aside>
      <main className="flex flex-1 flex-col">
        <div className="flex items-center justify-between gap-2 p-4">
          <div className="flex items-center gap-2 lg:invisible">
            <Logo />
            <span className="font-semibold tracking-tight">{t("meta.title")}</span>
          </div>
          <div className="flex items-center gap-2">
            <LanguageSwitch />
            <ThemeToggle />
          </div>
        </div>
        <div className="flex flex-1 items-start justify-center px-4 pt-8 pb-16 sm:items-center sm:pt-4">
          <div className="w-full max-w-sm">
            <h1 className="text-2xl font-semibold tracking-tight text-balance">{t(`${mode}.title`)}</h1>
            <p className="mt-1.5 mb-6 text-sm text-pretty text-zinc-600 dark:text-zinc-400">{t(`${mode}.subtitle`)}</p>
            {setup ? <SetupForm needsCode={needsCode} /> : <LoginForm next={next} />}
          </div>
        </div>
      </main>
    </div>
  );
}
