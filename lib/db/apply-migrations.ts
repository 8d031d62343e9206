import { readMigrationsList } from "./migrations-list";
import { openSchemaEngine } from "./schema-engine";

/** Applies every committed migration not yet recorded in `_prisma_migrations`; a no-op when up to date. */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const engine = await openSchemaEngine(databaseUrl);
  try {
    const migrationsList = await readMigrationsList();
    const out = await engine.applyMigrations({ migrationsList, filters: { externalTables: [], externalEnums: [] } });
    return out.appliedMigrationNames;
  } finally {
    engine.free();
  }
}
