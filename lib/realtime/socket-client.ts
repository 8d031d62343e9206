"use client";

import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents, SocketAuth } from "./events";

export type VigiaSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * The browser's one connection to the live view. Same origin, so the session cookie goes along without
 * configuration. `lastSeq` may be a function: socket.io calls it on every (re)connection attempt, so a
 * reconnect asks the server to replay exactly what was missed since the last applied change.
 */
export function createSocket(lastSeq: number | (() => number)): VigiaSocket {
  const readLastSeq = typeof lastSeq === "function" ? lastSeq : () => lastSeq;
  return io({
    path: "/socket.io/",
    // WebSocket first; polling stays as the fallback for proxies that refuse the upgrade.
    transports: ["websocket", "polling"],
    withCredentials: true,
    reconnectionDelay: 1_000,
    reconnectionDelayMax: 10_000,
    auth: (callback: (auth: SocketAuth) => void) => callback({ lastSeq: readLastSeq() }),
  });
}
