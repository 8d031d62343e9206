import type { Principal } from "@/lib/auth/authenticate";
import { readCookie } from "@/lib/auth/parse-cookie";
import { hashSecret, SESSION_COOKIE } from "@/lib/auth/tokens";
import type { Db } from "@/lib/db/client";
import type { TEndedCredentials } from "./notify-credentials-ended";

/**
 * What a socket was let in with, kept in `socket.data` for as long as it is open, so it can be closed the
 * moment that ends (lib/realtime/watch-credentials.ts). `env-token` is VIGIA_API_TOKEN: a constant of the
 * deployment, it never ends while the process runs.
 */
export type SocketCredential =
  | { kind: "session"; id: string; userId: string; expiresAt: number }
  | { kind: "token"; id: string; userId: string | null }
  | { kind: "env-token" };

/** Why a socket was closed; the browser shows it (messages/*.json `live.signedOut…`). */
export type EndReason = "signed_out" | "expired" | "revoked";

/**
 * The credential behind an authenticated handshake, or null when it vanished in between (then the socket is
 * refused, as if it had arrived a moment later). `authenticate` tells who; this reads what ends it.
 */
export async function resolveSocketCredential(db: Db, principal: Principal, cookieHeader: string | undefined): Promise<SocketCredential | null> {
  if (principal.kind === "token") {
    if (principal.tokenId === null) return { kind: "env-token" };
    const token = await db.apiToken.findUnique({ where: { id: principal.tokenId }, select: { userId: true, revokedAt: true } });
    return token && !token.revokedAt ? { kind: "token", id: principal.tokenId, userId: token.userId } : null;
  }
  const cookie = readCookie(cookieHeader, SESSION_COOKIE);
  if (!cookie) return null;
  const id = hashSecret(cookie);
  const session = await db.session.findUnique({ where: { id }, select: { userId: true, expiresAt: true } });
  return session ? { kind: "session", id, userId: session.userId, expiresAt: session.expiresAt.getTime() } : null;
}

/** Whether a notification names this socket's credential, and with which reason to close it. */
export function endedReason(credential: SocketCredential, ended: TEndedCredentials): EndReason | null {
  switch (ended.kind) {
    case "sessions":
      return credential.kind === "session" && ended.ids.includes(credential.id) ? "signed_out" : null;
    case "tokens":
      return credential.kind === "token" && ended.ids.includes(credential.id) ? "revoked" : null;
    case "user-sessions":
      return credential.kind === "session" && credential.userId === ended.userId && credential.id !== ended.exceptSessionId ? "signed_out" : null;
    case "user":
      if (credential.kind === "session" && credential.userId === ended.userId) return "signed_out";
      return credential.kind === "token" && credential.userId === ended.userId ? "revoked" : null;
  }
}
