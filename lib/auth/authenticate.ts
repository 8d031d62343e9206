import type { Db } from "@/lib/db/client";
import { findApiToken } from "./find-api-token";
import { findSessionUser } from "./find-session-user";
import { readCookie } from "./parse-cookie";
import { SESSION_COOKIE } from "./tokens";
import type { TUserDto } from "./user-dto";

export type Principal = { kind: "user"; user: TUserDto } | { kind: "token"; tokenId: string | null };

export type Credentials = { authorization?: string | null; cookie?: string | null; token?: string | null };

/** Who is calling: an API token (Bearer header or socket auth.token) first, then the session cookie. */
export async function authenticate(db: Db, envToken: string | null, creds: Credentials): Promise<Principal | null> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(creds.authorization ?? "")?.[1] ?? creds.token ?? null;
  if (bearer) return findApiToken(db, envToken, bearer);
  const user = await findSessionUser(db, readCookie(creds.cookie, SESSION_COOKIE));
  return user ? { kind: "user", user } : null;
}
