import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { IncidentToaster } from "@/components/alerts/incident-toaster";
import { RegisterServiceWorker } from "@/components/alerts/register-service-worker";
import { LiveProvider } from "@/components/realtime/live-provider";
import { AppHeader } from "@/components/shell/app-header";
import { BottomNav } from "@/components/shell/bottom-nav";
import { SideNav } from "@/components/shell/side-nav";
import { requireUser } from "@/lib/auth/require-user";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  // Not the guard of the pages below (each page checks in its own data loader, see lib/auth/require-user.ts):
  // this check only covers what the layout itself renders, the user menu.
  const user = await requireUser();
  const t = await getTranslations("header");

  return (
    <LiveProvider>
      <a
        href="#main"
        className={cn(focusRing, "sr-only z-50 rounded-md bg-white px-3 py-2 text-sm font-medium shadow focus:not-sr-only focus:fixed focus:top-2 focus:left-2 dark:bg-zinc-900")}
      >
        {t("skipToContent")}
      </a>
      <div className="flex min-h-dvh">
        <SideNav />
        <div className="flex min-w-0 flex-1 flex-col">
          <AppHeader user={{ name: user.name, email: user.email, role: user.role }} />
          <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 pt-5 pb-24 md:px-6 md:pt-6 md:pb-10">
            {children}
          </main>
        </div>
      </div>
      <BottomNav />
      <IncidentToaster />
      <RegisterServiceWorker />
    </LiveProvider>
  );
}
