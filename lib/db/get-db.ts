import "server-only";
import type { Db } from "./client";
import { getRuntime } from "@/lib/runtime/runtime";

/** The process's one Prisma client (created by server.ts), for server components and route handlers. */
export function getDb(): Db {
  return getRuntime().db;
}
