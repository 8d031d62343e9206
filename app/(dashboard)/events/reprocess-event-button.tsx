"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { type FormErrorCode, readErrorCode } from "@/lib/http/error-codes";

type State = { step: "idle" } | { step: "pending" } | { step: "done" } | { step: "error"; code: FormErrorCode; status: number };

async function requestReprocess(id: string): Promise<State> {
  try {
    const response = await fetch(`/api/events/${encodeURIComponent(id)}/reprocess`, { method: "POST" });
    return response.ok ? { step: "done" } : { step: "error", ...(await readErrorCode(response)) };
  } catch {
    return { step: "error", code: "network", status: 0 };
  }
}

/**
 * An admin's "process again" on one event (POST /api/events/{id}/reprocess). It only queues the event: the row
 * shows the new result when the normaliser's `event:logged` change for it arrives on the live feed.
 */
export function ReprocessEventButton({ eventId }: { eventId: string }) {
  const t = useTranslations("events");
  const tErr = useTranslations("errors");
  const [state, setState] = useState<State>({ step: "idle" });

  async function reprocess() {
    setState({ step: "pending" });
    setState(await requestReprocess(eventId));
  }

  return (
    <span className="ml-auto flex min-w-0 flex-wrap items-center justify-end gap-2">
      <span role="status" className="min-w-0 text-xs">
        {state.step === "done" ? <span className="text-zinc-600 dark:text-zinc-400">{t("reprocessQueued")}</span> : null}
        {state.step === "error" ? (
          <span className="text-red-700 dark:text-red-400">{t("reprocessFailed", { reason: tErr(state.code, { status: state.status }) })}</span>
        ) : null}
      </span>
      <Button
        variant="ghost"
        size="sm"
        // Light: every row of an admin's log has one, and it is the rare action.
        className="h-7 px-2 text-xs"
        aria-label={t("reprocessLabel", { id: eventId })}
        disabled={state.step === "pending"}
        onClick={() => {
          reprocess().catch(() => setState({ step: "error", code: "unknown", status: 0 }));
        }}
      >
        {state.step === "pending" ? <Spinner /> : null}
        {state.step === "pending" ? t("reprocessing") : t("reprocess")}
      </Button>
    </span>
  );
}
