"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { IconLogOut } from "@/components/icons/icons";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import { Spinner } from "@/components/ui/spinner";

export function LogoutButton() {
  const t = useTranslations("userMenu");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);

  async function logout() {
    setPending(true);
    setFailed(false);
    try {
      const response = await fetch("/api/auth/logout", { method: "POST" });
      if (!response.ok) throw new Error(String(response.status));
      router.replace("/login");
      router.refresh();
    } catch {
      setFailed(true);
      setPending(false);
    }
  }

  return (
    <>
      <button
        type="button"
        onClick={logout}
        disabled={pending}
        className={cn(
          "flex w-full items-center gap-2 rounded-lg px-3 py-2 text-left text-sm text-zinc-700 hover:bg-zinc-100 dark:text-zinc-200 dark:hover:bg-zinc-800",
          focusRing,
        )}
      >
        {pending ? <Spinner /> : <IconLogOut />}
        {pending ? t("loggingOut") : t("logout")}
      </button>
      {failed ? (
        <p role="alert" className="px-3 pb-2 text-xs text-red-700 dark:text-red-400">
          {t("logoutFailed")}
        </p>
      ) : null}
    </>
  );
}
