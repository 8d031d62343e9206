"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { ProblemPage } from "@/components/errors/problem-page";
import { Button, buttonClass } from "@/components/ui/button";

/**
 * A page of the dashboard threw: the navigation stays, the page says so in the user's language and offers a
 * retry. The digest is what the server log names the error by (the message itself stays server-side).
 */
export default function DashboardError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <ProblemPage code={t("code")} title={t("title")} description={t("body")}>
      <Button onClick={reset}>{t("retry")}</Button>
      <Link href="/" className={buttonClass("secondary")}>
        {t("dashboard")}
      </Link>
      {error.digest ? <p className="w-full font-mono text-xs text-zinc-500 dark:text-zinc-400">{t("digest", { digest: error.digest })}</p> : null}
    </ProblemPage>
  );
}
