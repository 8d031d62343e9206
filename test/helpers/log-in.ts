import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";

export const TEST_ADMIN = { email: "admin@example.com", password: "correct horse battery" } as const;

/** Creates the admin straight in the database (the first-run flow has its own tests), or resets its password. */
export async function ensureTestAdmin(db: Db): Promise<void> {
  const passwordHash = await hashPassword(TEST_ADMIN.password);
  await db.user.upsert({ where: { email: TEST_ADMIN.email }, create: { email: TEST_ADMIN.email, passwordHash, role: "admin" }, update: { passwordHash } });
}

/** Logs in over the real API, as a browser would; returns the `Cookie` header to send back. */
export async function logInOverApi(baseUrl: string, password: string = TEST_ADMIN.password, email: string = TEST_ADMIN.email): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`login answered ${res.status}: ${await res.text()}`);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  if (!/^vigia_session=.+/.test(cookie)) throw new Error(`login set no session cookie: ${cookie}`);
  return cookie;
}
