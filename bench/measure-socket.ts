import { io, type Socket } from "socket.io-client";

/** When (performance.now()) each raw event id was first announced as `event:logged`. */
export type SocketWatch = { seen: Map<string, number>; close(): void };

type Change = { seq?: unknown; kind?: unknown; payload?: unknown };

/**
 * Connects to a Vigia-style Socket.IO endpoint and records the arrival of every `event:logged` change.
 * Resolves once the server says it is in sync (`sync:done`), so nothing sent afterwards can be missed. On a
 * reconnect it asks for the changes after the last seq it saw, as the dashboard does.
 */
export async function watchSocket(url: string, token: string, timeoutMs = 15_000): Promise<SocketWatch> {
  const seen = new Map<string, number>();
  let lastSeq: number | undefined;
  const socket: Socket = io(url, {
    auth: (cb) => cb(lastSeq === undefined ? { token } : { token, lastSeq }),
    transports: ["websocket"],
    reconnectionDelay: 200,
  });
  socket.on("changes", (changes: Change[]) => {
    const now = performance.now();
    for (const change of changes) {
      if (typeof change.seq === "number") lastSeq = change.seq;
      if (change.kind !== "event:logged" || change.payload === null || typeof change.payload !== "object") continue;
      const id = (change.payload as { id?: unknown }).id;
      if ((typeof id === "string" || typeof id === "number") && !seen.has(String(id))) seen.set(String(id), now);
    }
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`socket at ${url} not in sync after ${timeoutMs} ms`)), timeoutMs);
    socket.once("sync:done", () => {
      clearTimeout(timer);
      resolve();
    });
    socket.on("connect_error", (e) => {
      if (!socket.active) {
        clearTimeout(timer);
        reject(new Error(`socket refused: ${e.message}`));
      }
    });
  });
  return { seen, close: () => socket.close() };
}
