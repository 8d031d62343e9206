import { getTranslations } from "next-intl/server";
import { Logo } from "@/components/icons/logo";
import { NavLinks } from "./nav-links";

/** Desktop sidebar: an in-flow column (so its border runs the page's full height) with sticky contents. */
export async function SideNav() {
  const t = await getTranslations();
  return (
    <aside className="hidden w-60 shrink-0 border-r border-zinc-200 bg-white md:block dark:border-zinc-800 dark:bg-zinc-900">
      <div className="sticky top-0 flex h-dvh flex-col">
        <div className="flex h-16 items-center gap-2.5 px-5">
          <Logo />
          <span className="text-base font-semibold tracking-tight">{t("meta.title")}</span>
        </div>
        <nav aria-label={t("nav.label")} className="flex-1 px-3 py-2">
          <NavLinks variant="side" />
        </nav>
        <p className="px-5 py-4 text-xs text-zinc-500 dark:text-zinc-400">{t("nav.tagline")}</p>
      </div>
    </aside>
  );
}
