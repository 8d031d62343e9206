"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { IconAnalytics } from "@/components/icons/analytics-icon";
import { IconChats } from "@/components/icons/chat-icons";
import { IconCheckDouble, IconDashboard, IconList } from "@/components/icons/icons";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import { IconSettings } from "@/components/ui/settings-icons";

// Only screens that exist are listed; new ones are added here when they ship.
const items = [
  { href: "/", key: "dashboard", Icon: IconDashboard },
  { href: "/chats", key: "chats", Icon: IconChats },
  { href: "/status", key: "status", Icon: IconCheckDouble },
  { href: "/analytics", key: "analytics", Icon: IconAnalytics },
  { href: "/events", key: "events", Icon: IconList },
  { href: "/settings", key: "settings", Icon: IconSettings },
] as const;

function isActive(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/** `side` is the desktop sidebar; `bottom` the phone tab bar. */
export function NavLinks({ variant }: { variant: "side" | "bottom" }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  return (
    <ul
      className={variant === "side" ? "flex flex-col gap-1" : "grid"}
      style={variant === "side" ? undefined : { gridTemplateColumns: `repeat(${items.length}, minmax(0, 1fr))` }}
    >
      {items.map(({ href, key, Icon }) => {
        const active = isActive(pathname, href);
        return (
          <li key={href}>
            <Link
              href={href}
              aria-current={active ? "page" : undefined}
              className={cn(
                focusRing,
                variant === "side"
                  ? "flex items-center gap-3 rounded-lg px-3 py-2 text-sm font-medium transition-colors"
                  : "flex h-14 flex-col items-center justify-center gap-0.5 text-[11px] font-medium",
                variant === "side" && active && "bg-brand-50 text-brand-800 dark:bg-brand-950 dark:text-brand-200",
                variant === "side" &&
                  !active &&
                  "text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100",
                variant === "bottom" && active && "text-brand-700 dark:text-brand-300",
                variant === "bottom" && !active && "text-zinc-500 dark:text-zinc-400",
              )}
            >
              <Icon className={variant === "side" ? "size-4" : "size-5"} />
              {variant === "side" ? (
                t(key)
              ) : (
                // Six tabs share a 320 px phone: the tab bar says the short word ("Ajustes"), never a clipped long one.
                <span className="max-w-full truncate px-0.5">{t(`short.${key}`)}</span>
              )}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
