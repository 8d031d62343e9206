import type { TChangeDto } from "@/lib/schemas/dto";
import type { EndReason, SocketCredential } from "./socket-credential";

// The one Socket.IO contract, imported by the server (lib/realtime/socket-server.ts) and the browser.
//
// Handshake: `io(url, { auth: { token?, lastSeq? } })`. `token` is an API token; without it the session
// cookie is used. `lastSeq` is the last change sequence number the client applied (from the page snapshot or
// from the socket); the server first sends every change after it, from the database, in order, then live ones,
// each exactly once. When `lastSeq` is older than the oldest change kept, the server sends `sync:reset` and the
// client reloads its snapshot.

export type ServerToClientEvents = {
  /**
   * Committed changes, in increasing seq order across all kinds, each once. `seq` is commit order but not
   * contiguous: a rolled-back transaction leaves a gap, so a jump in seq is not a missed change (nor is
   * another user's own change, which this socket is never sent: lib/changes/change-audience.ts). Sent in pages
   * because every socket write is a system call, and one webhook usually makes two or three changes.
   */
  changes: (changes: TChangeDto[]) => void;
  /** Sent once after connecting, when every missed change has been sent: `headSeq` is the newest seq. */
  "sync:done": (info: { headSeq: number }) => void;
  /** The client's lastSeq is too old to replay; it must reload its snapshot. */
  "sync:reset": (info: { headSeq: number }) => void;
  /**
   * The session or API token this socket was opened with ended (logout, expiry, revocation, password reset,
   * user removed); the server disconnects right after, and nothing more is sent. The dashboard shows it and
   * goes to /login.
   */
  "auth:ended": (info: { reason: EndReason }) => void;
};

export type ClientToServerEvents = Record<string, never>;

export type SocketAuth = { token?: string; lastSeq?: number };

export type SocketData = { credential: SocketCredential; lastSeq: number };
