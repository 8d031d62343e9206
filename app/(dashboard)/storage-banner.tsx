"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";

export type StorageState = { databaseOk: boolean; waitingOnDisk: number; spoolWritable: boolean };

const POLL_MS = 10_000;

/**
 * Says while it lasts that the database is unavailable and how many webhooks wait on disk (the spool,
 * lib/webhooks/spool.ts), then that they are being moved back. A page already open keeps polling
 * /api/health, which answers this much even when the database cannot check the session.
 */
export function StorageBanner({ initial }: { initial?: StorageState }) {
  const t = useTranslations("storage");
  const [state, setState] = useState<StorageState | undefined>(initial);

  useEffect(() => {
    let alive = true;
    const poll = async () => {
      try {
        const res = await fetch("/api/health", { cache: "no-store" });
        const body = (await res.json()) as { database?: { ok?: boolean }; spool?: { waitingOnDisk?: number; writable?: boolean } };
        if (alive && body.database && body.spool) {
          setState({ databaseOk: !!body.database.ok, waitingOnDisk: body.spool.waitingOnDisk ?? 0, spoolWritable: body.spool.writable !== false });
        }
      } catch {
        // The server itself is unreachable: the live indicator says so already.
      }
    };
    // poll() catches its own failures; the catch only keeps a future slip from going unhandled.
    const timer = setInterval(() => {
      poll().catch(() => {});
    }, POLL_MS);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, []);

  if (!state) return null;
  if (!state.databaseOk) {
    return (
      <Alert tone="danger" className="font-medium">
        <span data-testid="storage-banner">{t("unavailable", { count: state.waitingOnDisk })}</span>
        {state.spoolWritable ? null : <span className="mt-1 block font-normal">{t("spoolNotWritable")}</span>}
      </Alert>
    );
  }
  if (state.waitingOnDisk > 0) {
    return (
      <Alert tone="info">
        <span data-testid="storage-banner">{t("draining", { count: state.waitingOnDisk })}</span>
      </Alert>
    );
  }
  if (!state.spoolWritable) return <Alert tone="warning">{t("spoolNotWritable")}</Alert>;
  return null;
}
