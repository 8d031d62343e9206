import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { POOL_BOUNDS } from "./pool-options";

export type Db = PrismaClient;

/** A Prisma client over node-postgres; no native engine involved. Bounded waits: see pool-options.ts. */
export function createPrisma(databaseUrl: string, max = 10): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max, ...POOL_BOUNDS }) });
}
