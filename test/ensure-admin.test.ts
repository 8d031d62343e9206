import { afterAll, beforeAll, expect, test } from "vitest";
import { createSession } from "../lib/auth/create-session";
import { ensureAdmin } from "../lib/auth/ensure-admin";
import { findSessionUser } from "../lib/auth/find-session-user";
import { createTestDatabase, type TestDatabase } from "./database";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

test("VIGIA_ADMIN_PASSWORD: restarting with the same password keeps sessions, a new one ends them all", async () => {
  await ensureAdmin(db.prisma, "Admin@Vigia.test", "first password 123");
  const admin = await db.prisma.user.findUniqueOrThrow({ where: { email: "admin@vigia.test" } });
  const other = await db.prisma.user.create({ data: { email: "other@vigia.test", passwordHash: "x", role: "admin" } });
  const [laptop, phone, others] = await Promise.all([createSession(db.prisma, admin.id), createSession(db.prisma, admin.id), createSession(db.prisma, other.id)]);

  await ensureAdmin(db.prisma, "admin@vigia.test", "first password 123");
  expect(await findSessionUser(db.prisma, laptop.token)).toMatchObject({ id: admin.id });

  await ensureAdmin(db.prisma, "admin@vigia.test", "second password 456");
  expect(await findSessionUser(db.prisma, laptop.token)).toBeNull();
  expect(await findSessionUser(db.prisma, phone.token)).toBeNull();
  // Only that user's sessions.
  expect(await findSessionUser(db.prisma, others.token)).toMatchObject({ id: other.id });
});
