import { getTranslations } from "next-intl/server";
import { Logo } from "@/components/icons/logo";
import { NavLinks } from "./nav-links";

export async function SideNav() {
  const t = await getTranslations();
  return (
    <aside className="fixed inset-y-0 left-0 z-30 hidden w-60 flex-col border-r border-zinc-200 bg-white md:flex dark:border-zinc-800 dark:bg-zinc-900">
      <div className="flex h-16 items-center gap-2.5 px-5">
        <Logo />
        <span className="text-base font-semibold tracking-tight">{t("meta.title")}</span>
      </div>
      <nav aria-label={t("nav.label")} className="flex-1 px-3 py-2">
        <NavLinks variant="side" />
      </nav>
      <p className="px-5 py-4 text-xs text-zinc-500 dark:text-zinc-400">{t("nav.tagline")}</p>
    </aside>
  );
}
