import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { E2E_WEBHOOK_SECRET } from "./e2e/support/constants";

// The config is evaluated again in every worker process: the first evaluation picks the port and the data
// folder and leaves them in the environment the workers inherit, so all of them talk to the same server.
function freePort(): string {
  const script = "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})";
  return execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }).trim();
}
process.env.VIGIA_E2E_PORT ??= freePort();
process.env.VIGIA_E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), "vigia-e2e-"));
const port = process.env.VIGIA_E2E_PORT;
const baseURL = `http://127.0.0.1:${port}`;

// The developer's own Vigia settings (an external database, a preset admin, a public URL…) must not leak into
// the e2e server: only the variables below configure it.
const inherited = Object.fromEntries(
  Object.entries(process.env).filter(
    (entry): entry is [string, string] => entry[1] !== undefined && !/^(VIGIA_|DATABASE_URL$)/.test(entry[0]),
  ),
);

export default defineConfig({
  testDir: "e2e",
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  timeout: 120_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    viewport: { width: 1440, height: 900 },
    locale: "pt-BR",
    timezoneId: "America/Sao_Paulo",
    launchOptions: {
      // Playwright cannot download its browsers here; Debian's Chromium is used instead (see ENVIRONMENT.md).
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    // The first-run flow needs an empty database, so it runs first; every other spec logs in as the admin it creates.
    { name: "first-run", testMatch: /first-run\.spec\.ts/ },
    { name: "app", testIgnore: /first-run\.spec\.ts/, dependencies: ["first-run"] },
  ],
  webServer: {
    // The real production path: a built app (`next build` ran before) on the embedded PostgreSQL, no admin
    // preset, so the first-run screen is what a new user sees.
    command: "npx tsx server.ts",
    url: `${baseURL}/login`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      ...inherited,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: port,
      HOSTNAME: "127.0.0.1",
      VIGIA_DATA_DIR: process.env.VIGIA_E2E_DATA_DIR,
      VIGIA_WEBHOOK_SECRET: E2E_WEBHOOK_SECRET,
      // Stuck messages are looked for every second, so e2e/status-stuck.spec.ts sees a flag and its clearing soon.
      VIGIA_STUCK_CHECK_MS: "1000",
      // No VIGIA_ADMIN_*: the first-run screen is part of what is tested. No DATABASE_URL: embedded Postgres.
    },
  },
});
