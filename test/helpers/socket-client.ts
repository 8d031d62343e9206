import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents, SocketAuth } from "@/lib/realtime/events";
import type { TChangeDto } from "@/lib/schemas/dto";

export type TestClient = {
  socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  changes: TChangeDto[];
  synced: Promise<number>;
  /** Resolves when the socket disconnects: Socket.IO's reason, and the server's "auth:ended" reason if it sent one. */
  closed: Promise<{ reason: string; authEnded: string | null }>;
  /** Every `changes` event as it arrived (one per emit), to see how a replay was paged. */
  batches: number[];
  /** Resolves when a change matching `pred` has arrived (bounded). */
  waitFor(pred: (c: TChangeDto) => boolean, timeoutMs?: number): Promise<TChangeDto>;
  close(): void;
};

/** A real Socket.IO client that records every change it receives, in order. */
export function connectClient(url: string, auth: SocketAuth, extraHeaders?: Record<string, string>): Promise<TestClient> {
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(url, {
    auth,
    transports: ["websocket"],
    reconnection: false,
    forceNew: true,
    extraHeaders,
  });
  const changes: TChangeDto[] = [];
  const batches: number[] = [];
  const listeners = new Set<() => void>();
  let authEnded: string | null = null;
  socket.on("auth:ended", ({ reason }) => (authEnded = reason));
  const closed = new Promise<{ reason: string; authEnded: string | null }>((resolve) =>
    socket.once("disconnect", (reason) => resolve({ reason, authEnded })),
  );
  socket.on("changes", (batch) => {
    batches.push(batch.length);
    changes.push(...batch);
    for (const l of listeners) l();
  });
  const synced = new Promise<number>((resolve) => socket.once("sync:done", ({ headSeq }) => resolve(headSeq)));
  const client: TestClient = {
    socket,
    changes,
    synced,
    closed,
    batches,
    waitFor: (pred, timeoutMs = 20_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const found = changes.find(pred);
          if (!found) return false;
          listeners.delete(check);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`no matching change within ${timeoutMs} ms (got ${changes.length})`));
        }, timeoutMs);
        if (!check()) listeners.add(check);
      }),
    close: () => socket.close(),
  };
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(client));
    socket.once("connect_error", (e) => reject(e));
  });
}
