import { expect, test } from "@playwright/test";
import { logIn } from "./support/login";
import { en, pt } from "./support/messages";
import { saveScreenshot } from "./support/screenshots";
import { seedDashboard } from "./support/seed-dashboard";

// Pictures for people (and reviewers) to look at; each still asserts the page rendered in the right language.
const viewports = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } } as const;
const themes = ["light", "dark"] as const;
const locales = { "pt-BR": pt, en } as const;

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext();
  await logIn(context);
  await seedDashboard(context.request);
  await context.close();
});

for (const theme of themes) {
  test(`user menu ${theme}-phone-pt-BR`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: viewports.phone, colorScheme: theme, locale: "pt-BR", isMobile: true });
    await logIn(context);
    const page = await context.newPage();
    await page.goto("/");
    await page.getByRole("button", { name: pt.userMenu.open }).click();
    await expect(page.getByRole("button", { name: pt.userMenu.logout })).toBeVisible();
    await saveScreenshot(page, `user-menu-${theme}-phone-pt-BR`, { firstScreen: true });
    await context.close();
  });
}

for (const [locale, messages] of Object.entries(locales)) {
  for (const theme of themes) {
    for (const [viewportName, viewport] of Object.entries(viewports)) {
      const suffix = `${theme}-${viewportName}-${locale}`;
      const contextOptions = { viewport, colorScheme: theme, locale, isMobile: viewportName === "phone" };

      test(`login ${suffix}`, async ({ browser }) => {
        const context = await browser.newContext(contextOptions);
        const page = await context.newPage();
        await page.goto("/login");
        await expect(page.getByRole("heading", { name: messages.login.title })).toBeVisible();
        await saveScreenshot(page, `login-${suffix}`, { firstScreen: viewportName === "phone" });
        await context.close();
      });

      test(`dashboard ${suffix}`, async ({ browser }) => {
        const context = await browser.newContext(contextOptions);
        await logIn(context);
        const page = await context.newPage();
        await page.goto("/");
        await expect(page.getByRole("heading", { level: 1, name: messages.dashboard.title })).toBeVisible();
        await expect(page.locator('[role="status"][data-status="live"]')).toBeVisible();
        await expect(page.getByTestId("message-row").first()).toBeVisible();
        await saveScreenshot(page, `dashboard-${suffix}`, { firstScreen: viewportName === "phone" });
        await context.close();
      });

      test(`events ${suffix}`, async ({ browser }) => {
        const context = await browser.newContext(contextOptions);
        await logIn(context);
        const page = await context.newPage();
        await page.goto("/events");
        await expect(page.getByRole("heading", { level: 1, name: messages.events.title })).toBeVisible();
        await expect(page.getByTestId("event-row").first()).toBeVisible();
        await saveScreenshot(page, `events-${suffix}`, { firstScreen: viewportName === "phone" });
        await context.close();
      });
    }
  }
}
