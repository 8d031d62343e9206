import type { Server as HttpServer } from "node:http";
import { Server } from "socket.io";
import { z } from "zod";
import { authenticate } from "@/lib/auth/authenticate";
import type { Db } from "@/lib/db/client";
import type { ChangeHub, HubClient } from "./change-hub";
import type { ClientToServerEvents, ServerToClientEvents, SocketData } from "./events";

export type TypedIo = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

const ZHandshakeAuth = z.object({
  token: z.string().max(200).optional(),
  lastSeq: z.number().int().nonnegative().optional(),
});

/**
 * Socket.IO on the HTTP server, behind the same login as the pages: a session cookie or an API token, checked
 * before the connection is accepted. Each accepted socket is handed to the change hub.
 */
export function attachSocketServer(httpServer: HttpServer, deps: { db: Db; apiToken: string | null; hub: ChangeHub }): TypedIo {
  const io: TypedIo = new Server(httpServer, { serveClient: false, maxHttpBufferSize: 64 * 1024 });
  io.use((socket, next) => {
    const auth = ZHandshakeAuth.safeParse(socket.handshake.auth ?? {});
    if (!auth.success) return next(new Error("invalid handshake"));
    authenticate(deps.db, deps.apiToken, { token: auth.data.token, cookie: socket.request.headers.cookie })
      .then((principal) => {
        if (!principal) return next(new Error("unauthorized"));
        socket.data.userId = principal.kind === "user" ? principal.user.id : null;
        socket.data.tokenId = principal.kind === "token" ? principal.tokenId : null;
        socket.data.lastSeq = auth.data.lastSeq ?? -1;
        next();
      })
      .catch(() => next(new Error("authentication unavailable")));
  });
  io.on("connection", (socket) => {
    const client: HubClient = {
      send: (changes) => socket.emit("changes", changes),
      syncDone: (headSeq) => socket.emit("sync:done", { headSeq }),
      reset: (headSeq) => socket.emit("sync:reset", { headSeq }),
      // engine.io queues packets while the previous write is unfinished; more than that waiting means a slow
      // reader, which the hub then stops feeding until it drains (a narrow look at an untyped field).
      isBacklogged: () => ((socket.conn as unknown as { writeBuffer?: unknown[] }).writeBuffer?.length ?? 0) > 0,
    };
    socket.conn.on("drain", () => deps.hub.drained(client));
    socket.on("disconnect", () => deps.hub.disconnect(client));
    const lastSeq = socket.data.lastSeq >= 0 ? socket.data.lastSeq : null;
    deps.hub.connect(client, lastSeq).catch((e) => {
      console.error("[socket] replay failed", e instanceof Error ? e.message : e);
      socket.disconnect(true);
    });
  });
  return io;
}
