import { afterAll, beforeAll, inject } from "vitest";
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
      // $disconnect can return while the pool's clients are still closing; terminating them then (FORCE)
      // makes one emit "terminating connection due to administrator command" with no listener left, an
      // uncaught error that fails the whole run. Let them go first; FORCE is for a test that leaked one.
      for (let i = 0; i < 50; i++) {
        const left = await admin.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1", [name]);
        if ((left.rows[0]?.n ?? 0) === 0) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/**
 * For a test file that writes with plain SQL: a fresh database and a small `pg` pool on it, made before the
 * file's tests and dropped after them. Read `db` and `pool` inside tests or hooks, not at import time.
 */
export function useDatabaseWithPool(): { readonly db: TestDatabase; readonly pool: pg.Pool } {
  const ctx = {} as { db: TestDatabase; pool: pg.Pool };
  beforeAll(async () => {
    ctx.db = await createTestDatabase();
    ctx.pool = new pg.Pool({ connectionString: ctx.db.url, max: 2 });
  });
  afterAll(async () => {
    await ctx.pool?.end();
    await ctx.db?.drop();
  });
  return ctx;
}
