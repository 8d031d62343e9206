import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/database";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

test("the migrated schema accepts a raw event and records the migration", async () => {
  const row = await db.prisma.rawEvent.create({ data: { body: "{}", headers: {} } });
  expect(row.result).toBe("pending");
  const applied = await db.prisma.$queryRaw<{ migration_name: string }[]>`SELECT migration_name FROM _prisma_migrations ORDER BY migration_name`;
  // Every committed migration folder, in order, each recorded once.
  const folders = readdirSync(path.resolve(import.meta.dirname, "../../prisma/migrations"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  expect(folders[0]).toMatch(/_init$/);
  expect(applied.map((r) => r.migration_name)).toEqual(folders);
});
