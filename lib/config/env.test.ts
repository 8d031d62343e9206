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

test("VIGIA_SPOOL_AFTER_MS defaults to 2 s and refuses values that are not a sane bound", () => {
  expect(readEnv({})).toMatchObject({ ok: true, env: { VIGIA_SPOOL_AFTER_MS: 2000 } });
  expect(readEnv({ VIGIA_SPOOL_AFTER_MS: "500" })).toMatchObject({ ok: true, env: { VIGIA_SPOOL_AFTER_MS: 500 } });
  for (const bad of ["abc", "10", "1.5", "60000"]) {
    const r = readEnv({ VIGIA_SPOOL_AFTER_MS: bad });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join("\n")).toMatch(/^VIGIA_SPOOL_AFTER_MS: /m);
  }
});

test("VIGIA_TRUSTED_PROXIES must be IPs or CIDRs", () => {
  expect(readEnv({ VIGIA_TRUSTED_PROXIES: "127.0.0.1, 10.0.0.0/8, ::1" }).ok).toBe(true);
  const r = readEnv({ VIGIA_TRUSTED_PROXIES: "127.0.0.1, caddy" });
  expect(r.ok).toBe(false);
  expect(!r.ok && r.errors.join("\n")).toMatch(/^VIGIA_TRUSTED_PROXIES: "caddy" is not an IP/m);
});
