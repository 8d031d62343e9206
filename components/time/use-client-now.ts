"use client";

import { useCallback, useSyncExternalStore } from "react";

const TICK_MS = 15_000;
let current = 0;
let timer: ReturnType<typeof setInterval> | undefined;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) current = Date.now(); // the clock was stopped: React reads it again after subscribing
  timer ??= setInterval(() => {
    current = Date.now();
    for (const l of listeners) l();
  }, TICK_MS);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

function read(): number {
  if (current === 0) current = Date.now();
  return current;
}

/**
 * Epoch ms, moved on every 15 s by one shared clock. While the server renders and the browser hydrates it is
 * `initial` (when the page's data was read), so both agree on figures computed from "now" (a sparkline's
 * buckets, a duration); React then re-renders with the browser's clock.
 */
export function useClientNow(initial: number): number {
  const server = useCallback(() => initial, [initial]);
  return useSyncExternalStore(subscribe, read, server);
}
