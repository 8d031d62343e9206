"use client";

import { useTranslations } from "next-intl";
import { instanceLabel } from "@/components/format/instance-label";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import type { TInstanceDto } from "@/lib/schemas/dto";

const STATE_MARK = { connected: "●", disconnected: "○", unknown: "◌" } as const;

/** All instances together or one at a time; each option says its instance's state in words (shown for one instance too, for that state). */
export function InstanceSwitch({ instances, value, onChange }: { instances: TInstanceDto[]; value: string | null; onChange: (id: string | null) => void }) {
  const t = useTranslations("chats");
  const ti = useTranslations("instances");
  if (instances.length === 0) return null;
  return (
    <select
      aria-label={t("instance")}
      data-testid="instance-switch"
      value={value ?? ""}
      onChange={(event) => onChange(event.target.value || null)}
      className={cn(
        focusRing,
        "ml-auto max-w-44 truncate rounded-lg border border-zinc-200 bg-white px-2 py-1 text-sm text-zinc-700 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200",
      )}
    >
      <option value="">{t("allInstances")}</option>
      {instances.map((instance) => (
        <option key={instance.id} value={instance.id}>
          {`${STATE_MARK[instance.state]} ${instanceLabel(instance, instance.id) ?? instance.id} · ${ti(`state.${instance.state}`)}`}
        </option>
      ))}
    </select>
  );
}
