import { expect, test } from "@playwright/test";
import { logIn } from "./support/login";
import { en, pt } from "./support/messages";

test("language switch re-renders in English and is remembered", async ({ page, context }) => {
  await logIn(context);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: pt.dashboard.title })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "pt-BR");

  await page.getByRole("group", { name: pt.language.label }).getByRole("button", { name: pt.language.en }).click();
  await expect(page.getByRole("heading", { level: 1, name: en.dashboard.title })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  expect((await context.cookies()).find((c) => c.name === "NEXT_LOCALE")?.value).toBe("en");

  // The cookie beats the browser's Accept-Language (pt-BR in this config).
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: en.dashboard.title })).toBeVisible();
});

test("theme follows the system until chosen, and the choice is applied before paint", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark" });
  await logIn(context);
  const page = await context.newPage();
  await page.goto("/login");
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);

  await page.getByRole("group", { name: pt.theme.label }).getByRole("button", { name: pt.theme.light }).click();
  await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);

  // Checked on the HTML as served plus the inline script, before React hydrates.
  await page.route("**/_next/static/chunks/**", (route) => route.abort());
  await page.reload();
  await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
  await context.close();
});
