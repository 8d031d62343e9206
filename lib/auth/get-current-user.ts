import "server-only";
import { cookies } from "next/headers";
import { getDb } from "@/lib/db/get-db";
import { findSessionUser } from "./find-session-user";
import { SESSION_COOKIE } from "./tokens";
import type { TUserDto } from "./user-dto";

/** The logged-in user for server components and pages, or null. */
export async function getCurrentUser(): Promise<TUserDto | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return findSessionUser(getDb(), token);
}
