import { expect, test } from "@playwright/test";
import { logIn } from "./support/login";

test("the open dashboard says its session ended when it is logged out elsewhere, then goes to /login", async ({ page, context, playwright, baseURL }) => {
  await logIn(context);
  await page.goto("/");
  const indicator = page.locator('[role="status"][data-status]');
  await expect(indicator).toHaveAttribute("data-status", "live");

  // Another context (no browser, its own cookie jar) ends this page's session, as a logout in another tab would.
  const cookie = (await context.cookies(baseURL)).map((c) => `${c.name}=${c.value}`).join("; ");
  const elsewhere = await playwright.request.newContext({ baseURL });
  const logout = await elsewhere.post("/api/auth/logout", { headers: { cookie } });
  expect(logout.status()).toBe(200);
  await elsewhere.dispose();

  // The server closes the socket with the reason; the header says so (pt-BR is the configured locale)…
  await expect(indicator).toHaveAttribute("data-status", "signedOut");
  await expect(indicator).toHaveText("Sessão encerrada");
  // …and then the browser leaves the dashboard for the login page.
  await expect(page).toHaveURL(/\/login(\?|$)/);
});
