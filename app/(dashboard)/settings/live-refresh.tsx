"use client";

import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { useEventsVersion, useLiveSeed } from "@/components/realtime/use-live";

const REFRESH_AFTER_MS = 3_000;

/**
 * Seeding the live store opens the live connection (the header's indicator would otherwise wait forever on
 * this page) and keeps the health numbers current: a logged or processed webhook (the store's events table
 * changes) re-reads the page, at most once per few seconds so a busy Z-API does not turn into a stream of
 * re-renders. Client state (a just-created token) survives it. `follow={false}` keeps the connection and stops
 * the re-reads, for a page showing a period that has ended (app/(dashboard)/analytics/page.tsx).
 */
export function LiveRefresh({ headSeq, follow = true }: { headSeq: number; follow?: boolean }) {
  const router = useRouter();
  useLiveSeed(useMemo(() => ({ headSeq }), [headSeq]));
  const version = useEventsVersion();
  const [seen] = useState(version);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    if (!follow || version === seen || timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      router.refresh();
    }, REFRESH_AFTER_MS);
  }, [version, seen, router, follow]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  return null;
}
