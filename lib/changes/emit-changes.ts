import type { TChangeDto } from "@/lib/schemas/dto";
import type { TypedSocket } from "../realtime/socket-server";

/**
 * Emits a batch of changes and resolves once it has left the process: written to the WebSocket (or returned
 * to the long-poll) rather than queued in memory. The replay awaits it before reading the next page, so a slow
 * or stalled client holds one page in this process at a time, not the whole history (F8).
 *
 * How: engine.io flushes its whole write buffer at once and emits "flush" on the connection as it does; the
 * first flush after our emit carries our packet, and the transport's next "drain" is that write completing
 * (a transport writes one batch at a time). A closed connection, an upgrade or a disconnect also resolves, so
 * a caller never waits on a socket that is gone.
 */
export function emitChanges(socket: TypedSocket, changes: TChangeDto[]): Promise<void> {
  if (!socket.connected) return Promise.resolve();
  const conn = socket.conn;
  const sent = new Promise<void>((resolve) => {
    const finish = () => {
      conn.off("flush", onFlush);
      conn.off("close", finish);
      conn.off("upgrade", finish);
      socket.off("disconnect", finish);
      resolve();
    };
    const onFlush = () => {
      conn.off("flush", onFlush);
      conn.transport.once("drain", finish);
    };
    conn.on("flush", onFlush);
    conn.once("close", finish);
    conn.once("upgrade", finish);
    socket.once("disconnect", finish);
  });
  socket.emit("changes", changes);
  return sent;
}
