import { expect, test } from "@playwright/test";
import { E2E_ADMIN } from "./support/constants";
import { pt } from "./support/messages";

test("a deep link survives the login, and a wrong password puts the focus on the error", async ({ page }) => {
  await page.goto("/events?type=ConnectedCallback");
  await expect(page).toHaveURL(/\/login\?next=/);

  await page.getByLabel(pt.login.email).fill(E2E_ADMIN.email);
  await page.getByLabel(pt.login.password, { exact: true }).fill("not the password");
  await page.getByRole("button", { name: pt.login.submit }).click();
  const error = page.getByTestId("login-error");
  await expect(error).toContainText(pt.errors.invalid_credentials);
  await expect(error).toBeFocused();

  await page.getByLabel(pt.login.password, { exact: true }).fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: pt.login.submit }).click();
  await expect(page).toHaveURL(/\/events\?type=ConnectedCallback$/);
  await expect(page.getByRole("heading", { level: 1, name: pt.events.title })).toBeVisible();
});

test("a next that leaves the site is ignored: the login lands on the dashboard", async ({ page }) => {
  await page.goto(`/login?next=${encodeURIComponent("//evil.example/x")}`);
  await page.getByLabel(pt.login.email).fill(E2E_ADMIN.email);
  await page.getByLabel(pt.login.password, { exact: true }).fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: pt.login.submit }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
});
