import { expect, test } from "@playwright/test";
import { logIn } from "./support/login";
import { en, pt } from "./support/messages";

// Vigia's own 404 (app/(dashboard)/not-found.tsx, app/not-found.tsx): localised, with the navigation and a
// way back, and a real 404 status, for an unknown event id and for any unknown path.
for (const [locale, messages] of [["pt-BR", pt], ["en", en]] as const) {
  test(`unknown ids and paths give the Vigia 404 in ${locale}`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    await logIn(context);
    const page = await context.newPage();
    for (const path of ["/events/999999999", "/events/abc", "/chats/00000000-0000-0000-0000-000000000000", "/settings/nothing"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: messages.notFound.title })).toBeVisible();
      await expect(page.getByRole("navigation", { name: messages.nav.label }).first()).toBeVisible();
      await expect(page.getByRole("link", { name: messages.notFound.dashboard })).toHaveAttribute("href", "/");
    }
    await page.getByRole("link", { name: messages.notFound.events }).click();
    await expect(page).toHaveURL(/\/events$/);
    await page.goBack();
    await page.getByRole("button", { name: messages.notFound.back }).click();
    await expect(page).not.toHaveURL(/\/settings\/nothing$/);
    await context.close();
  });
}

test("a stranger asking for an unknown path is sent to the login page, learning nothing", async ({ page }) => {
  await page.goto("/events/999999999");
  await expect(page).toHaveURL(/\/login\?next=%2Fevents%2F999999999$/);
});
