"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import { type TEditDto, type TMessageDto, ZMessageDetailDto } from "@/lib/schemas/dto";

/** The "edited" mark; a click fetches the message's edits (app/api/instances/[instanceId]/messages/[messageId]/route.ts). */
export function EditHistory({ message }: { message: TMessageDto }) {
  const t = useTranslations("chats");
  const format = useFormatter();
  const [edits, setEdits] = useState<TEditDto[] | "loading" | "failed" | null>(null);
  const open = () => {
    if (edits !== null && edits !== "failed") return setEdits(null);
    setEdits("loading");
    fetch(`/api/instances/${encodeURIComponent(message.instanceId)}/messages/${encodeURIComponent(message.messageId)}`)
      .then(async (response) => {
        if (!response.ok) throw new Error(`message detail: ${response.status}`);
        setEdits(ZMessageDetailDto.parse(await response.json()).edits);
      })
      .catch(() => setEdits("failed"));
  };
  return (
    <span className="relative">
      <button type="button" data-testid="edited-mark" onClick={open} className={cn(focusRing, "rounded underline-offset-2 hover:underline")} aria-expanded={edits !== null}>
        {t("edited")}
      </button>
      {edits !== null ? (
        <span
          data-testid="edit-history"
          className="absolute right-0 bottom-5 z-20 block w-64 rounded-md border border-zinc-200 bg-white p-2 text-left text-xs text-zinc-700 shadow-lg dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200"
        >
          {edits === "loading" ? t("bubble.loadingHistory") : edits === "failed" ? t("bubble.historyFailed") : null}
          {Array.isArray(edits)
            ? edits.map((edit) => (
                <span key={edit.editMessageId} className="mb-1.5 block">
                  <span className="block text-[11px] text-zinc-500">{format.dateTime(new Date(edit.editedAt), { dateStyle: "short", timeStyle: "short" })}</span>
                  <span className="block line-through decoration-zinc-400">{edit.previousText ?? "—"}</span>
                  <span className="block">{edit.newText ?? "—"}</span>
                </span>
              ))
            : null}
        </span>
      ) : null}
    </span>
  );
}
