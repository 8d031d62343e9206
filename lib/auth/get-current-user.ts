import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { getDb } from "@/lib/db/get-db";
import { findSessionUser } from "./find-session-user";
import { SESSION_COOKIE } from "./tokens";
import type { TUserDto } from "./user-dto";

/**
 * The logged-in user for server components and pages, or null. Cached per request (React `cache`), so the
 * layout, the page and every data loader of one render can all ask and the session is read once.
 */
export const getCurrentUser = cache(async (): Promise<TUserDto | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return findSessionUser(getDb(), token);
});
