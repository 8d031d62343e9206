import type { EndReason } from "./socket-credential";
import type { TypedSocket } from "./socket-server";

/**
 * Closes a socket whose credential ended, telling the client why first. `disconnect` runs the socket's
 * "disconnect" handlers synchronously (lib/realtime/socket-server.ts takes it out of the change hub there) and
 * drops any later emit, so nothing more reaches it; the reason packet is flushed before the connection closes.
 */
export function endSocket(socket: TypedSocket, reason: EndReason): void {
  if (!socket.connected) return;
  socket.emit("auth:ended", { reason });
  socket.disconnect(true);
}
