import type { Server as HttpServer } from "node:http";
import { Server, type Socket } from "socket.io";
import { z } from "zod";
import { authenticate } from "@/lib/auth/authenticate";
import type { Db } from "@/lib/db/client";
import { checkOrigin } from "@/lib/http/check-origin";
import type { ChangeHub, HubClient } from "../changes/change-hub";
import type { ClientToServerEvents, ServerToClientEvents, SocketData } from "./events";
import { emitChanges } from "../changes/emit-changes";
import { resolveSocketCredential } from "./socket-credential";

export type TypedIo = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type TypedSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

const ZHandshakeAuth = z.object({
  token: z.string().max(200).optional(),
  lastSeq: z.number().int().nonnegative().optional(),
});

/**
 * Socket.IO on the HTTP server, behind the same login as the pages: a session cookie or an API token, checked
 * before the connection is accepted, from Vigia's own origin only (lib/http/check-origin.ts). The credential is
 * kept in `socket.data.credential`, so lib/realtime/watch-credentials.ts can close the socket when it ends.
 * Each accepted socket is handed to the change hub, with its user, so that one user's own changes reach only them.
 */
export function attachSocketServer(
  httpServer: HttpServer,
  deps: { db: Db; apiToken: string | null; publicUrl: string | null; hub: ChangeHub },
): TypedIo {
  const io: TypedIo = new Server(httpServer, { serveClient: false, maxHttpBufferSize: 64 * 1024 });
  io.use((socket, next) => {
    const auth = ZHandshakeAuth.safeParse(socket.handshake.auth ?? {});
    if (!auth.success) return next(new Error("invalid handshake"));
    // A token the client brings itself is no ambient credential a foreign page could ride on; a cookie is.
    if (!auth.data.token && !checkOrigin(socket.handshake.headers.origin, socket.handshake.headers.host, deps.publicUrl).ok) {
      return next(new Error("foreign_origin"));
    }
    const cookie = socket.request.headers.cookie;
    authenticate(deps.db, deps.apiToken, { token: auth.data.token, cookie })
      .then(async (principal) => {
        const credential = principal && (await resolveSocketCredential(deps.db, principal, cookie));
        if (!credential) return next(new Error("unauthorized"));
        socket.data.credential = credential;
        socket.data.lastSeq = auth.data.lastSeq ?? -1;
        next();
      })
      .catch(() => next(new Error("authentication unavailable")));
  });
  io.on("connection", (socket) => {
    const { credential } = socket.data;
    const client: HubClient = {
      // Whose own changes (a chat they opened) it may be sent: lib/changes/change-audience.ts.
      userId: credential.kind === "env-token" ? null : credential.userId,
      // Resolves once the page has left the process; the hub sends this socket nothing more until then.
      send: (changes) => emitChanges(socket, changes),
      syncDone: (headSeq) => socket.emit("sync:done", { headSeq }),
      reset: (headSeq) => socket.emit("sync:reset", { headSeq }),
    };
    socket.on("disconnect", () => deps.hub.disconnect(client));
    const lastSeq = socket.data.lastSeq >= 0 ? socket.data.lastSeq : null;
    deps.hub.connect(client, lastSeq).catch((e) => {
      console.error("[socket] replay failed", e instanceof Error ? e.message : e);
      socket.disconnect(true);
    });
  });
  return io;
}
