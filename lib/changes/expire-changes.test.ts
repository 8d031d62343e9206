import { afterAll, beforeAll, expect, test } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { expireChanges } from "./expire-changes";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

test("deletes change rows older than the retention and keeps the rest", async () => {
  const old = new Date(Date.now() - 8 * 86_400_000);
  await db.prisma.change.createMany({
    data: [
      { kind: "event:logged", payload: {}, createdAt: old },
      { kind: "event:logged", payload: {}, createdAt: old },
      { kind: "event:logged", payload: {} },
    ],
  });
  expect(await expireChanges(db.prisma)).toBe(2);
  expect(await db.prisma.change.count()).toBe(1);
});
