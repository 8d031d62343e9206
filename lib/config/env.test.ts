import { expect, test } from "vitest";
import { readEnv } from "./env";

test("defaults apply on an empty environment", () => {
  const r = readEnv({});
  expect(r).toMatchObject({ ok: true, env: { PORT: 3000, VIGIA_DATA_DIR: "./.vigia" } });
});

test("bad values give one readable line each", () => {
  const r = readEnv({ PORT: "abc", DATABASE_URL: "mysql://x", VIGIA_WEBHOOK_SECRET: "short" });
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.errors).toHaveLength(3);
  expect(r.errors.join("\n")).toMatch(/^PORT: /m);
  expect(r.errors.join("\n")).toMatch(/DATABASE_URL: must be a postgresql/);
});

test("admin email without password is refused", () => {
  const r = readEnv({ VIGIA_ADMIN_EMAIL: "a@b.co" });
  expect(r.ok).toBe(false);
});

test("VIGIA_TRUSTED_PROXIES must be IPs or CIDRs", () => {
  expect(readEnv({ VIGIA_TRUSTED_PROXIES: "127.0.0.1, 10.0.0.0/8, ::1" }).ok).toBe(true);
  const r = readEnv({ VIGIA_TRUSTED_PROXIES: "127.0.0.1, caddy" });
  expect(r.ok).toBe(false);
  expect(!r.ok && r.errors.join("\n")).toMatch(/^VIGIA_TRUSTED_PROXIES: "caddy" is not an IP/m);
});
