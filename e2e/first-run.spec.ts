import { expect, test } from "@playwright/test";
import { saveScreenshot } from "./support/screenshots";
import { E2E_ADMIN, E2E_WEBHOOK_SECRET } from "./support/constants";
import { pt } from "./support/messages";

// Runs once, on the empty database the server starts with (project "first-run" in playwright.config.ts).
// Every other spec depends on it, and it meets the server cold (each route's first render loads its modules,
// each submit hashes a password): the waits after a submit are 30 s, not the 10 s default, so a busy CI
// machine does not turn one slow first render into a run with every other spec skipped.
const AFTER_SUBMIT = { timeout: 30_000 };

test("first run: create the admin, log out, log in again, wrong password is refused", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("heading", { name: pt.setup.title })).toBeVisible();
  await saveScreenshot(page, "setup-light-desktop-pt-BR");

  // Client-side checks speak before anything reaches the server.
  await page.getByLabel(pt.setup.email).fill(E2E_ADMIN.email);
  await page.getByLabel(pt.setup.password, { exact: true }).fill("short");
  await page.getByLabel(pt.setup.confirm).fill("short");
  await page.getByRole("button", { name: pt.setup.submit }).click();
  await expect(page.getByText(pt.setup.passwordTooShort.replace("{min}", "10"))).toBeVisible();

  await page.getByLabel(pt.setup.password, { exact: true }).fill(E2E_ADMIN.password);
  await page.getByLabel(pt.setup.confirm).fill(`${E2E_ADMIN.password}!`);
  await page.getByRole("button", { name: pt.setup.submit }).click();
  await expect(page.getByText(pt.setup.passwordMismatch)).toBeVisible();

  await page.getByLabel(pt.setup.name).fill(E2E_ADMIN.name);
  await page.getByLabel(pt.setup.confirm).fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: pt.setup.submit }).click();
  await expect(page).toHaveURL(/\/$/, AFTER_SUBMIT);
  await expect(page.getByRole("heading", { level: 1, name: pt.dashboard.title })).toBeVisible(AFTER_SUBMIT);
  // No instance yet: the empty state tells the admin where to point Z-API, with the secret masked.
  await expect(page.getByRole("heading", { name: pt.instances.emptyTitle })).toBeVisible();
  await expect(page.getByTestId("webhook-url")).not.toContainText(E2E_WEBHOOK_SECRET);
  await saveScreenshot(page, "dashboard-empty-light-desktop-pt-BR");
  await page.getByRole("button", { name: pt.webhook.reveal }).click();
  await expect(page.getByTestId("webhook-url")).toHaveText(`${new URL(page.url()).origin}/api/webhooks/zapi/${E2E_WEBHOOK_SECRET}`);
  await page.setViewportSize({ width: 390, height: 844 });
  await saveScreenshot(page, "dashboard-empty-light-phone-pt-BR");
  await page.setViewportSize({ width: 1440, height: 900 });

  // Logged in, /login sends you back to the dashboard.
  await page.goto("/login");
  await expect(page).toHaveURL(/\/$/);

  await page.getByRole("button", { name: pt.userMenu.open }).click();
  await expect(page.getByText(E2E_ADMIN.email)).toBeVisible();
  await page.getByRole("button", { name: pt.userMenu.logout }).click();
  await expect(page).toHaveURL(/\/login$/, AFTER_SUBMIT);
  // The admin exists now: the normal login form, not the first-run one.
  await expect(page.getByRole("heading", { name: pt.login.title })).toBeVisible();

  await page.getByLabel(pt.login.email).fill(E2E_ADMIN.email);
  await page.getByLabel(pt.login.password, { exact: true }).fill("not the password at all");
  await page.getByRole("button", { name: pt.login.submit }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText(pt.errors.invalid_credentials, AFTER_SUBMIT);
  await expect(page).toHaveURL(/\/login$/);

  await page.getByLabel(pt.login.password, { exact: true }).fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: pt.login.submit }).click();
  await expect(page).toHaveURL(/\/$/, AFTER_SUBMIT);
  await expect(page.getByRole("heading", { level: 1, name: pt.dashboard.title })).toBeVisible(AFTER_SUBMIT);
  await expect(page.getByRole("status").filter({ hasText: pt.live.live })).toBeVisible(AFTER_SUBMIT);
});
