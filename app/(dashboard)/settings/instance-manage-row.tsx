"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { InstanceColorDot, instanceSwatch } from "@/components/format/instance-color-dot";
import { formatPhone } from "@/components/format/format-phone";
import { shortId } from "@/components/format/short-id";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import type { FormErrorCode } from "@/lib/http/error-codes";
import { INSTANCE_COLORS, type TInstanceColor } from "@/lib/instances/instance-colors";
import type { TInstanceDto } from "@/lib/schemas/dto";
import { DeleteInstanceConfirm } from "./delete-instance-confirm";
import { updateInstanceRequest } from "./instance-request";

type Props = { instance: TInstanceDto; canManage: boolean; highlighted: boolean; onDone: (announcement: string) => void };

/** One instance in Settings: its name and colour (a small form), archive / bring back, delete. */
export function InstanceManageRow({ instance, canManage, highlighted, onDone }: Props) {
  const t = useTranslations("manageInstances");
  const tErr = useTranslations("errors");
  const [name, setName] = useState(instance.name ?? "");
  const [color, setColor] = useState<TInstanceColor | null>((instance.color as TInstanceColor | null) ?? null);
  const [pending, setPending] = useState<"save" | "archive" | null>(null);
  const [failure, setFailure] = useState<{ code: FormErrorCode; status: number } | null>(null);
  const [deleting, setDeleting] = useState(false);
  const rowRef = useRef<HTMLLIElement>(null);
  const nameId = useId();
  const phone = formatPhone(instance.phone);
  const title = instance.name ?? phone ?? t("unnamed", { id: shortId(instance.id) });
  const dirty = (name.trim() || null) !== instance.name || color !== instance.color;

  // Opened from a dashboard card (/settings?instance=…): bring that instance into view, its name field ready.
  useEffect(() => {
    if (!highlighted) return;
    rowRef.current?.scrollIntoView({ block: "center" });
    rowRef.current?.querySelector("input")?.focus();
  }, [highlighted]);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setPending("save");
    setFailure(null);
    const result = await updateInstanceRequest(instance.id, { name: name.trim() || null, color });
    setPending(null);
    if (!result.ok) setFailure(result);
    else onDone(t("saved", { name: name.trim() || title }));
  }

  async function toggleArchive() {
    setPending("archive");
    setFailure(null);
    const archived = instance.archivedAt === null;
    const result = await updateInstanceRequest(instance.id, { archived });
    setPending(null);
    if (!result.ok) setFailure(result);
    else onDone(archived ? t("archivedAnnouncement", { name: title }) : t("unarchivedAnnouncement", { name: title }));
  }

  return (
    <li
      ref={rowRef}
      data-testid="instance-manage-row"
      data-instance-id={instance.id}
      className={cn("space-y-3 px-4 py-3", highlighted && "bg-brand-50/60 dark:bg-brand-950/40")}
    >
      <div className="flex flex-wrap items-center gap-2">
        <InstanceColorDot color={instance.color} />
        <span className="min-w-0 font-medium break-words">{title}</span>
        {instance.name && phone ? <span className="text-sm text-zinc-600 dark:text-zinc-400">{phone}</span> : null}
        <span className="font-mono text-xs text-zinc-500 dark:text-zinc-400" title={instance.id}>
          {shortId(instance.id)}
        </span>
        {instance.simulated ? <Badge tone="warning">{t("simulated")}</Badge> : null}
        {instance.archivedAt ? <Badge>{t("archivedBadge")}</Badge> : null}
      </div>
      {canManage ? (
        <>
          <form onSubmit={save} className="flex flex-wrap items-end gap-3">
            <div className="min-w-48 flex-1">
              <label htmlFor={nameId} className="mb-1 block text-xs font-medium text-zinc-700 dark:text-zinc-300">
                {t("nameLabel")}
              </label>
              <Input id={nameId} value={name} maxLength={80} placeholder={phone ?? t("namePlaceholder")} onChange={(e) => setName(e.target.value)} />
            </div>
            <fieldset className="min-w-0">
              <legend className="mb-1 block text-xs font-medium text-zinc-700 dark:text-zinc-300">{t("colorLabel")}</legend>
              <div className="flex h-10 flex-wrap items-center gap-1.5">
                <ColorChoice name={instance.id} value={null} checked={color === null} label={t("noColor")} onPick={setColor} />
                {INSTANCE_COLORS.map((c) => (
                  <ColorChoice key={c} name={instance.id} value={c} checked={color === c} label={t(`colors.${c}`)} onPick={setColor} />
                ))}
              </div>
            </fieldset>
            <Button type="submit" variant="secondary" disabled={!dirty || pending !== null}>
              {pending === "save" ? <Spinner /> : null}
              {t("save")}
            </Button>
          </form>
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" size="sm" onClick={toggleArchive} disabled={pending !== null} aria-label={instance.archivedAt ? t("unarchiveLabel", { name: title }) : t("archiveLabel", { name: title })}>
              {pending === "archive" ? <Spinner /> : null}
              {instance.archivedAt ? t("unarchive") : t("archive")}
            </Button>
            {!deleting ? (
              <Button variant="ghost" size="sm" className="text-red-700 dark:text-red-400" onClick={() => setDeleting(true)} aria-label={t("deleteLabel", { name: title })}>
                {t("delete")}
              </Button>
            ) : null}
          </div>
          {deleting ? <DeleteInstanceConfirm id={instance.id} name={title} onCancel={() => setDeleting(false)} onDeleted={onDone} /> : null}
          {failure ? <Alert tone="danger">{t("failed", { reason: tErr(failure.code, { status: failure.status }) })}</Alert> : null}
        </>
      ) : null}
    </li>
  );
}

function ColorChoice({ name, value, checked, label, onPick }: { name: string; value: TInstanceColor | null; checked: boolean; label: string; onPick: (value: TInstanceColor | null) => void }) {
  // The radio itself is the swatch (appearance-none), so it takes the one focus style like every control.
  return (
    <input
      type="radio"
      name={`color-${name}`}
      value={value ?? ""}
      checked={checked}
      onChange={() => onPick(value)}
      aria-label={label}
      title={label}
      className={cn(
        "size-7 cursor-pointer appearance-none rounded-full ring-offset-2 ring-offset-white checked:ring-2 checked:ring-zinc-900 dark:ring-offset-zinc-900 dark:checked:ring-zinc-100",
        focusRing,
        value ? instanceSwatch(value) : "border-2 border-dashed border-zinc-400 dark:border-zinc-500",
      )}
    />
  );
}
