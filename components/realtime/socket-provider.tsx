"use client";

import { useRouter } from "next/navigation";
import { createContext, type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { RecentChanges } from "@/lib/changes/recent-changes";
import { createSocket, type VigiaSocket } from "@/lib/realtime/socket-client";
import type { TChangeDto } from "@/lib/schemas/dto";
import type { LiveStatus } from "./live-status";

type Listener = (change: TChangeDto) => void;
type Subscriber = { seq: number; listener: Listener };

export type LiveContextValue = {
  status: LiveStatus;
  /** Delivers every change after `baseSeq` (the seq of the caller's snapshot), each once, in order. */
  subscribe: (baseSeq: number, listener: Listener) => () => void;
};

export const LiveContext = createContext<LiveContextValue | null>(null);

const RETRY_AFTER_REFUSAL_MS = 15_000;
// Long enough to read "Signed out" in the header before the login page replaces the dashboard.
const SHOW_SIGNED_OUT_MS = 2_500;

/** Owns the one socket of the dashboard; created lazily by the first subscriber, which brings its snapshot seq. */
export function SocketProvider({ children }: { children: ReactNode }) {
  const router = useRouter();
  const socketRef = useRef<VigiaSocket | null>(null);
  // Recent changes kept so a page mounted while the socket is already running (client navigation) can catch
  // up from its own snapshot without a second connection.
  const recentRef = useRef(new RecentChanges(0));
  const subscribersRef = useRef(new Set<Subscriber>());
  const [socketStatus, setSocketStatus] = useState<LiveStatus>("connecting");
  const [online, setOnline] = useState(true);
  const endedRef = useRef(false);
  const leaveTimerRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const deliver = useCallback((subscriber: Subscriber, change: TChangeDto) => {
    if (change.seq <= subscriber.seq) return;
    subscriber.seq = change.seq;
    subscriber.listener(change);
  }, []);

  const ensureSocket = useCallback(
    (baseSeq: number) => {
      if (socketRef.current) return;
      recentRef.current = new RecentChanges(baseSeq);
      const socket = createSocket(() => recentRef.current.lastSeq);
      socketRef.current = socket;
      // A replaced socket (React dev remounts, logout) must not report into the current one's status.
      const current = () => socketRef.current === socket;
      socket.on("connect", () => {
        if (current()) setSocketStatus("live");
      });
      socket.on("changes", (changes) => {
        for (const change of changes) {
          // Replays after a reconnect may overlap what was already applied.
          if (!recentRef.current.push(change)) continue;
          for (const subscriber of subscribersRef.current) deliver(subscriber, change);
        }
      });
      socket.on("sync:reset", ({ headSeq }) => {
        // Too far behind to replay: start again from a fresh server snapshot.
        recentRef.current.restartAt(headSeq);
        router.refresh();
      });
      socket.on("auth:ended", () => {
        if (!current()) return;
        // The session (or token) ended: logout elsewhere, expiry, password reset. The server disconnects right
        // after and sends nothing more. A full navigation drops every page kept in the client's router cache.
        endedRef.current = true;
        setSocketStatus("signedOut");
        // A full load on purpose (not router.push): the router cache may hold pages rendered for the ended session.
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        leaveTimerRef.current = setTimeout(() => window.location.assign("/login"), SHOW_SIGNED_OUT_MS);
      });
      socket.on("disconnect", (reason) => {
        if (!current() || endedRef.current) return;
        if (reason === "io server disconnect") {
          // Closed on purpose without "auth:ended" (a failed replay, lib/realtime/socket-server.ts); re-render to
          // find out whether the session still holds.
          setSocketStatus("offline");
          router.refresh();
          return;
        }
        setSocketStatus(reason === "io client disconnect" ? "offline" : "reconnecting");
      });
      socket.on("connect_error", () => {
        if (!current()) return;
        if (socket.active) {
          setSocketStatus("reconnecting");
          return;
        }
        // Refused by the server's auth: if the session expired the refresh redirects to /login; otherwise
        // try again later rather than giving up for good.
        setSocketStatus("offline");
        router.refresh();
        setTimeout(() => {
          if (socketRef.current === socket && !socket.connected) socket.connect();
        }, RETRY_AFTER_REFUSAL_MS);
      });
    },
    [deliver, router],
  );

  const subscribe = useCallback(
    (baseSeq: number, listener: Listener) => {
      ensureSocket(baseSeq);
      const subscriber: Subscriber = { seq: baseSeq, listener };
      subscribersRef.current.add(subscriber);
      if (recentRef.current.lastSeq > baseSeq) {
        // Fills the gap between this snapshot and what the socket already delivered, when it is still kept.
        const missed = recentRef.current.since(baseSeq);
        if (missed) for (const change of missed) deliver(subscriber, change);
        else router.refresh();
      }
      return () => {
        subscribersRef.current.delete(subscriber);
      };
    },
    [deliver, ensureSocket, router],
  );

  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    const reconnect = () => {
      update();
      const socket = socketRef.current;
      if (socket && !socket.connected) socket.connect();
    };
    update();
    window.addEventListener("online", reconnect);
    window.addEventListener("offline", update);
    return () => {
      window.removeEventListener("online", reconnect);
      window.removeEventListener("offline", update);
      socketRef.current?.disconnect();
      socketRef.current = null;
      // Left already (this tab's own logout button navigates by itself): no second trip to /login.
      clearTimeout(leaveTimerRef.current);
    };
  }, []);

  const status: LiveStatus = online || socketStatus === "signedOut" ? socketStatus : "offline";
  const value = useMemo(() => ({ status, subscribe }), [status, subscribe]);
  return <LiveContext value={value}>{children}</LiveContext>;
}
