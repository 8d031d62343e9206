import { type APIRequestContext, expect, test } from "@playwright/test";
import { E2E_WEBHOOK_SECRET } from "./support/constants";
import { logIn } from "./support/login";
import { pt } from "./support/messages";
import { saveScreenshot, screenCombos, VIEWPORTS } from "./support/screenshots";
import { seedDashboard } from "./support/seed-dashboard";
import { expectLive } from "./support/live";

/** The settings page with something to show: an active token, a revoked one, a refused webhook. */
async function seedSettings(request: APIRequestContext): Promise<void> {
  const names = ["Integração com o CRM (Pipedrive) — produção", "Script antigo de relatórios"];
  const ids: string[] = [];
  for (const name of names) {
    const response = await request.post("/api/tokens", { data: { name } });
    expect(response.status(), await response.text()).toBe(201);
    ids.push(((await response.json()) as { item: { id: string } }).item.id);
  }
  expect((await request.delete(`/api/tokens/${ids[1]}`)).status()).toBe(200);
  const refused = await request.post(`/api/webhooks/zapi/${E2E_WEBHOOK_SECRET}-old`, { data: {} });
  expect(refused.status()).toBe(401);
}

// Pictures for people (and reviewers) to look at; each still asserts the page rendered in the right language.
const signedInPages = (m: typeof pt) => [
  { name: "settings", path: "/settings", title: m.settings.title, row: "token-row" },
  { name: "events", path: "/events", title: m.events.title, row: "event-row" },
];
const themes = ["light", "dark"] as const;

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext();
  await logIn(context);
  await seedDashboard(context.request);
  await seedSettings(context.request);
  await context.close();
});

for (const theme of themes) {
  test(`user menu ${theme}-phone-pt-BR`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone, colorScheme: theme, locale: "pt-BR", isMobile: true });
    await logIn(context);
    const page = await context.newPage();
    await page.goto("/");
    await page.getByRole("button", { name: pt.userMenu.open }).click();
    await expect(page.getByRole("button", { name: pt.userMenu.logout })).toBeVisible();
    await saveScreenshot(page, `user-menu-${theme}-phone-pt-BR`, { firstScreen: true });
    await context.close();
  });
}

for (const theme of themes) {
  test(`settings token created ${theme}-phone-pt-BR`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone, colorScheme: theme, locale: "pt-BR", isMobile: true });
    await logIn(context);
    const page = await context.newPage();
    await page.goto("/settings");
    await expectLive(page);
    await page.getByLabel(pt.settings.tokens.name).fill(`Painel da loja (${theme})`);
    await page.getByRole("button", { name: pt.settings.tokens.create }).click();
    const callout = page.getByTestId("new-token-callout");
    await expect(callout).toContainText(pt.settings.tokens.createdOnce);
    await callout.scrollIntoViewIfNeeded();
    await saveScreenshot(page, `settings-token-created-${theme}-phone-pt-BR`, { firstScreen: true });
    await context.close();
  });
}

for (const { suffix, messages, phone, contextOptions } of screenCombos()) {
  test(`login ${suffix}`, async ({ browser }) => {
    const context = await browser.newContext(contextOptions);
    const page = await context.newPage();
    await page.goto("/login");
    await expect(page.getByRole("heading", { name: messages.login.title })).toBeVisible();
    await saveScreenshot(page, `login-${suffix}`, { firstScreen: phone });
    await context.close();
  });

  // The dashboard's pictures are first-hour-screens.spec.ts's. Each page here: live (it seeds the store, which
  // opens the socket) and showing a row of what it lists.
  for (const { name, path, title, row } of signedInPages(messages)) {
    test(`${name} ${suffix}`, async ({ browser }) => {
      const context = await browser.newContext(contextOptions);
      await logIn(context);
      const page = await context.newPage();
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
      await expectLive(page);
      await expect(page.getByTestId(row).first()).toBeVisible();
      await saveScreenshot(page, `${name}-${suffix}`, { firstScreen: phone });
      await context.close();
    });
  }
}
