import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { Logo } from "@/components/icons/logo";
import { LiveIndicator } from "@/components/realtime/live-indicator";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import { type ShellUser, UserMenu } from "./user-menu";

export async function AppHeader({ user }: { user: ShellUser }) {
  const t = await getTranslations("meta");
  return (
    <header className="sticky top-0 z-20 border-b border-zinc-200 bg-white/90 backdrop-blur dark:border-zinc-800 dark:bg-zinc-900/90">
      <div className="flex h-14 items-center gap-2 px-4 md:h-16 md:px-6">
        <div className="flex min-w-0 items-center gap-2 md:hidden">
          <Logo className="size-7" />
          <span className="font-semibold tracking-tight">{t("title")}</span>
        </div>
        <div className="ml-auto flex items-center gap-2">
          <LiveIndicator />
          {/* On phones these move into the user menu. */}
          <div className="hidden items-center gap-2 sm:flex">
            <LanguageSwitch />
            <ThemeToggle />
          </div>
          <UserMenu user={user} />
        </div>
      </div>
    </header>
  );
}
