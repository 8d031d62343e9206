import { inject } from "vitest";
import pg from "pg";
import { createPrisma, type Db } from "../lib/db/client";
import { withDatabase } from "./global-setup";

declare module "vitest" {
  export interface ProvidedContext {
    pgBaseUrl: string;
    pgTemplate: string;
  }
}

export type TestDatabase = { url: string; prisma: Db; drop(): Promise<void> };

let counter = 0;

/** A fresh, migrated database cloned from the run's template. Call `drop()` in afterAll. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const base = inject("pgBaseUrl");
  const template = inject("pgTemplate");
  const name = `vigia_t_${process.pid}_${Date.now()}_${counter++}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  const url = withDatabase(base, name);
  const prisma = createPrisma(url, 4);
  return {
    url,
    prisma,
    async drop() {
      await prisma.$disconnect();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
