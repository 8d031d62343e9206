"use client";

import { useTranslations } from "next-intl";
import { type ComponentProps, useState } from "react";
import { IconEye, IconEyeOff } from "@/components/icons/icons";
import { cn } from "./cn";
import { focusRing } from "./focus-ring";
import { Input } from "./input";

/** A password field with a show/hide button (people mistype long passwords on phones). */
export function PasswordInput({ className, ...props }: Omit<ComponentProps<"input">, "type">) {
  const t = useTranslations("common");
  const [visible, setVisible] = useState(false);
  return (
    <div className="relative">
      <Input {...props} type={visible ? "text" : "password"} className={cn("pr-11", className)} />
      <button
        type="button"
        onClick={() => setVisible((value) => !value)}
        aria-label={visible ? t("hidePassword") : t("showPassword")}
        aria-pressed={visible}
        className={cn(
          "absolute inset-y-0 right-0 flex w-10 items-center justify-center rounded-r-lg text-zinc-500 hover:text-zinc-800 dark:text-zinc-400 dark:hover:text-zinc-100",
          focusRing,
        )}
      >
        {visible ? <IconEyeOff /> : <IconEye />}
      </button>
    </div>
  );
}
