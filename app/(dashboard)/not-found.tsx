import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { GoBackButton } from "@/components/errors/go-back-button";
import { ProblemPage } from "@/components/errors/problem-page";
import { IconDashboard, IconList } from "@/components/icons/icons";
import { buttonClass } from "@/components/ui/button";

/**
 * An unknown page or id inside the dashboard (`notFound()` from a page, e.g. app/(dashboard)/events/[id]/page.tsx,
 * or the catch-all app/(dashboard)/[...missing]/page.tsx): the Vigia 404 under the navigation, status 404.
 * It reads no data; the page that called notFound() had checked the user first.
 */
export default async function DashboardNotFound() {
  const t = await getTranslations("notFound");
  return (
    <ProblemPage code="404" title={t("title")} description={t("body")}>
      <Link href="/" className={buttonClass("primary")}>
        <IconDashboard className="size-4" />
        {t("dashboard")}
      </Link>
      <Link href="/events" className={buttonClass("secondary")}>
        <IconList className="size-4" />
        {t("events")}
      </Link>
      <GoBackButton label={t("back")} />
    </ProblemPage>
  );
}
