"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { useLiveChanges } from "@/components/realtime/use-live-changes";

const REFRESH_AFTER_MS = 3_000;

/**
 * Subscribing opens the live connection (the header's indicator would otherwise wait forever on this page) and
 * keeps the health numbers current: a logged or processed webhook re-reads the page, at most once per few seconds
 * so a busy Z-API does not turn into a stream of re-renders. Client state (a just-created token) survives it.
 */
export function LiveRefresh({ headSeq }: { headSeq: number }) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useLiveChanges(headSeq, (change) => {
    if (change.kind !== "event:logged" || timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      router.refresh();
    }, REFRESH_AFTER_MS);
  });

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  return null;
}
