import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { GoBackButton } from "@/components/errors/go-back-button";
import { ProblemPage } from "@/components/errors/problem-page";
import { Logo } from "@/components/icons/logo";
import { buttonClass } from "@/components/ui/button";

/** A path outside every route (the dashboard's own 404 is app/(dashboard)/not-found.tsx): Vigia's page, no data. */
export default async function NotFound() {
  const t = await getTranslations();
  return (
    <main className="min-h-dvh px-4">
      <div className="mx-auto flex max-w-lg items-center gap-2 pt-6">
        <Logo className="size-7" />
        <span className="font-semibold tracking-tight">{t("meta.title")}</span>
      </div>
      <ProblemPage code="404" title={t("notFound.title")} description={t("notFound.body")}>
        <Link href="/" className={buttonClass("primary")}>
          {t("notFound.dashboard")}
        </Link>
        <GoBackButton label={t("notFound.back")} />
      </ProblemPage>
    </main>
  );
}
