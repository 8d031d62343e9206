import type pg from "pg";
import { endSocket } from "./end-socket";
import { findEndedCredentials } from "./find-ended-credentials";
import { listenAuthEnded } from "./listen-auth-ended";
import type { TEndedCredentials } from "./notify-credentials-ended";
import { type EndReason, endedReason } from "./socket-credential";
import type { TypedIo, TypedSocket } from "./socket-server";

export type CredentialWatch = { stop(): Promise<void> };

/** The safety net's period: how late, at worst, a socket notices an end whose notification was missed. */
const SWEEP_MS = 5_000;
/** How long a notification is remembered for sockets still in their handshake when it arrived. */
const RECENT_MS = 30_000;
// setTimeout fires at once beyond 2^31-1 ms (24.8 days); sessions last 30 days, so far ends are left to the sweep.
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Keeps every open socket tied to the credential it was let in with (`socket.data.credential`) and closes it,
 * with the reason, as soon as that ends:
 * - a NOTIFY on `vigia_auth_ended` (sent by logout, revoke, password reset in their transactions, from any
 *   process sharing the database) closes the named sockets at once;
 * - a timer at the session's `expires_at`;
 * - a sweep every 5 s (and after every listener reconnection) checks all of them in one query, for whatever a
 *   notification could not say: a listener that was down, a row deleted by hand or by a cascade.
 */
export function watchCredentials(o: { io: TypedIo; pool: Pick<pg.Pool, "query">; databaseUrl: string; log: (m: string) => void }): CredentialWatch {
  const sockets = () => o.io.of("/").sockets;
  const report = (count: number, reason: EndReason, via: string) => {
    if (count) o.log(`closed ${count} socket(s): ${reason.replace("_", " ")} (${via})`);
  };

  // A handshake reads its credential, then joins the namespace a few awaits later; a logout committed in between
  // notifies while the socket is in neither state. Remembered briefly, it is applied when the socket joins.
  let recent: { at: number; ended: TEndedCredentials }[] = [];

  const onEnded = (ended: TEndedCredentials) => {
    const now = Date.now();
    recent = recent.filter((r) => now - r.at < RECENT_MS);
    recent.push({ at: now, ended });
    const closed: Record<string, number> = {};
    for (const socket of sockets().values()) {
      const reason = endedReason(socket.data.credential, ended);
      if (!reason) continue;
      endSocket(socket, reason);
      closed[reason] = (closed[reason] ?? 0) + 1;
    }
    for (const [reason, count] of Object.entries(closed)) report(count, reason as EndReason, "notified");
  };

  let sweeping = false;
  let failing = false;
  const sweep = async () => {
    if (sweeping) return;
    sweeping = true;
    try {
      const open = [...sockets().values()];
      const ended = await findEndedCredentials(o.pool, open.map((s) => s.data.credential));
      failing = false;
      if (ended.size === 0) return;
      const closed: Record<string, number> = {};
      for (const socket of open) {
        const credential = socket.data.credential;
        const reason = credential.kind === "env-token" ? undefined : ended.get(credential.id);
        if (!reason) continue;
        endSocket(socket, reason);
        closed[reason] = (closed[reason] ?? 0) + 1;
      }
      for (const [reason, count] of Object.entries(closed)) report(count, reason as EndReason, "sweep");
    } catch (e) {
      // A database outage must not close anyone's live view; the next sweep tries again.
      if (!failing) o.log(`credential sweep failed: ${e instanceof Error ? e.message : String(e)}`);
      failing = true;
    } finally {
      sweeping = false;
    }
  };

  const onConnection = (socket: TypedSocket) => {
    const credential = socket.data.credential;
    // Only notifications received after this handshake began: a later login of the same user (after a password
    // reset, say) is a new credential that an older notification must not end.
    for (const { at, ended } of recent) {
      const reason = at >= socket.handshake.issued ? endedReason(credential, ended) : null;
      if (!reason) continue;
      endSocket(socket, reason);
      report(1, reason, "notified during its handshake");
      return;
    }
    if (credential.kind !== "session") return;
    const delay = credential.expiresAt - Date.now();
    if (delay > MAX_TIMER_MS) return;
    const timer = setTimeout(() => {
      endSocket(socket, "expired");
      report(1, "expired", "expiry timer");
    }, Math.max(0, delay));
    timer.unref();
    socket.once("disconnect", () => clearTimeout(timer));
  };
  o.io.on("connection", onConnection);

  const sweepLogged = () => {
    sweep().catch((e: unknown) => o.log(`credential sweep failed: ${String(e)}`));
  };
  const listener = listenAuthEnded({ databaseUrl: o.databaseUrl, onEnded, onListening: sweepLogged, log: o.log });
  const interval = setInterval(sweepLogged, SWEEP_MS);
  interval.unref();

  return {
    async stop() {
      clearInterval(interval);
      o.io.off("connection", onConnection);
      await listener.stop();
    },
  };
}
