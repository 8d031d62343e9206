"use client";

import { useRouter } from "next/navigation";
import { createContext, type ReactNode, useEffect, useState } from "react";
import { createLiveStore, type LiveStore } from "@/lib/live-store/create-live-store";
import { createSocket } from "@/lib/realtime/socket-client";
import type { LiveStatus } from "./live-status";

export const LiveStoreContext = createContext<LiveStore | null>(null);
export const LiveStatusContext = createContext<LiveStatus | null>(null);

const RETRY_AFTER_REFUSAL_MS = 15_000;
// Long enough to read "Signed out" in the header before the login page replaces the dashboard.
const SHOW_SIGNED_OUT_MS = 2_500;

/** The login page, coming back here afterwards (app/login/page.tsx checks the path). */
function loginHref(): string {
  const here = `${window.location.pathname}${window.location.search}`;
  return here === "/" ? "/login" : `/login?next=${encodeURIComponent(here)}`;
}

/**
 * Owns the dashboard's one live store (lib/live-store/) and its one socket. Pages seed the store from their
 * server snapshot (components/realtime/use-live.ts); the socket opens once the first one has, asking for
 * every change after the store's seq, and feeds each page of changes into the store: the replay after a
 * (re)connect and live changes are the same path. It lives in the layout, so it survives client navigation.
 */
export function LiveProvider({ children }: { children: ReactNode }) {
  const router = useRouter();
  const [store] = useState(createLiveStore);
  const [socketStatus, setSocketStatus] = useState<LiveStatus>("connecting");
  const [online, setOnline] = useState(true);

  useEffect(() => {
    let socket: ReturnType<typeof createSocket> | null = null;
    let disposed = false;
    let ended = false;
    let leaveTimer: ReturnType<typeof setTimeout> | undefined;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;

    const open = () => {
      if (socket || disposed || !store.getState().seeded) return;
      const live = createSocket(() => store.getState().seq);
      socket = live;
      live.on("connect", () => {
        if (!disposed) setSocketStatus("live");
      });
      live.on("changes", (changes) => store.apply(changes));
      live.on("sync:reset", ({ headSeq }) => {
        // Too far behind to replay: resume after the head, and re-read the page's snapshot.
        store.reset(headSeq);
        router.refresh();
      });
      live.on("auth:ended", () => {
        if (disposed) return;
        // The session (or token) ended: logout elsewhere, expiry, password reset. The server disconnects right
        // after and sends nothing more. A full navigation drops every page kept in the client's router cache.
        ended = true;
        setSocketStatus("signedOut");
        // A full load on purpose (not router.push): the router cache may hold pages rendered for the ended session.
        leaveTimer = setTimeout(() => window.location.assign(loginHref()), SHOW_SIGNED_OUT_MS);
      });
      live.on("disconnect", (reason) => {
        if (disposed || ended) return;
        if (reason === "io server disconnect") {
          // Closed on purpose without "auth:ended" (a failed replay, lib/realtime/socket-server.ts); re-render to
          // find out whether the session still holds.
          setSocketStatus("offline");
          router.refresh();
          return;
        }
        setSocketStatus(reason === "io client disconnect" ? "offline" : "reconnecting");
      });
      live.on("connect_error", () => {
        if (disposed) return;
        if (live.active) {
          setSocketStatus("reconnecting");
          return;
        }
        // Refused by the server's auth: if the session expired the refresh redirects to /login; otherwise
        // try again later rather than giving up for good.
        setSocketStatus("offline");
        router.refresh();
        retryTimer = setTimeout(() => {
          if (!disposed && !live.connected) live.connect();
        }, RETRY_AFTER_REFUSAL_MS);
      });
    };

    const updateOnline = () => setOnline(navigator.onLine);
    const reconnect = () => {
      updateOnline();
      if (socket && !socket.connected) socket.connect();
    };
    // The first seed may already have happened (while the page rendered) or may come later.
    const unsubscribe = store.subscribe(open);
    open();
    updateOnline();
    window.addEventListener("online", reconnect);
    window.addEventListener("offline", updateOnline);
    return () => {
      disposed = true;
      unsubscribe();
      window.removeEventListener("online", reconnect);
      window.removeEventListener("offline", updateOnline);
      socket?.disconnect();
      clearTimeout(retryTimer);
      // Left already (this tab's own logout button navigates by itself): no second trip to /login.
      clearTimeout(leaveTimer);
    };
  }, [router, store]);

  const status: LiveStatus = online || socketStatus === "signedOut" ? socketStatus : "offline";
  return (
    <LiveStoreContext value={store}>
      <LiveStatusContext value={status}>{children}</LiveStatusContext>
    </LiveStoreContext>
  );
}
