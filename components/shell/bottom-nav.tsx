import { getTranslations } from "next-intl/server";
import { NavLinks } from "./nav-links";

/** Phone widths: the sidebar becomes a tab bar within thumb reach. */
export async function BottomNav() {
  const t = await getTranslations("nav");
  return (
    <nav
      aria-label={t("label")}
      className="fixed inset-x-0 bottom-0 z-30 border-t border-zinc-200 bg-white/95 pb-[env(safe-area-inset-bottom)] backdrop-blur md:hidden dark:border-zinc-800 dark:bg-zinc-900/95"
    >
      <NavLinks variant="bottom" />
    </nav>
  );
}
