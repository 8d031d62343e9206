"use client";

import { useEffect } from "react";
import { pushSupport, SERVICE_WORKER_URL } from "./service-worker";

/**
 * Registers Vigia's service worker (public/sw.js) on every dashboard page: with it and app/manifest.ts the
 * browser offers to install Vigia, and push alerts have something to show them. A failure costs only that.
 */
export function RegisterServiceWorker() {
  useEffect(() => {
    if (pushSupport() === "insecure" || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: "/" }).catch((e: unknown) => console.warn("service worker:", e instanceof Error ? e.message : e));
  }, []);
  return null;
}
