import { expect, type Page, test } from "@playwright/test";
import { logIn } from "./support/login";
import { pt } from "./support/messages";
import { fixture, postWebhook, uniqueId, uniqueInstanceId } from "./support/zapi";

function mainNav(page: Page) {
  return page.getByRole("navigation", { name: pt.nav.label });
}

test("a change that arrives on one page is on the next one after client-side navigation, over one socket", async ({ page, context }) => {
  await logIn(context);
  let sockets = 0;
  page.on("websocket", (ws) => {
    if (ws.url().includes("/socket.io/")) sockets++;
  });
  // An instance the dashboard's snapshot shows as connected (loaded again once it is stored).
  const instanceId = uniqueInstanceId();
  await page.goto("/");
  await postWebhook(page.request, fixture("connected", { instanceId, phone: "5511912345678", momment: Date.now() }));
  const card = page.locator(`[data-testid="instance-card"][data-instance-id="${instanceId}"]`);
  await expect(card).toHaveAttribute("data-state", "connected");
  await page.reload();
  await expect(card).toHaveAttribute("data-state", "connected");
  const indicator = page.locator('[role="status"][data-status]');
  await expect(indicator).toHaveAttribute("data-status", "live");
  const socketsBefore = sockets; // the reload's own socket is the one that must carry everything below

  // Any document load would drop this marker.
  await page.evaluate(() => Object.assign(window, { __e2eNoReload: true }));
  await mainNav(page).getByRole("link", { name: pt.nav.events }).click();
  await expect(page.getByRole("heading", { level: 1, name: pt.events.title })).toBeVisible();

  // While the event log is open: a message on that instance, then the instance drops.
  const messageId = uniqueId("3EB0");
  const text = `Chegou enquanto outra página estava aberta ${messageId}`;
  await postWebhook(page.request, fixture("received-text", { instanceId, messageId, momment: Date.now(), text: { message: text } }));
  await postWebhook(page.request, fixture("disconnected", { instanceId, momment: Date.now(), error: "Sem sinal (navegação)" }));
  await expect(page.getByTestId("event-log").getByTestId("event-row").filter({ hasText: "DisconnectedCallback" }).first()).toBeVisible();

  // Back to the dashboard from the router's cache: its server snapshot predates both webhooks and still says
  // "connected". The live store, fed while the log was open, holds them, and the older snapshot rolls nothing back.
  const dashboardFetches: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname === "/" && request.headers()["rsc"]) dashboardFetches.push(request.url());
  });
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: pt.dashboard.title })).toBeVisible();
  await expect(card).toHaveAttribute("data-state", "disconnected");
  await expect(card).toContainText("Sem sinal (navegação)");
  await expect(page.locator(`[data-testid="message-row"][data-message-id="${messageId}"]`)).toContainText(text);
  // The premise: nothing was re-read from the server, so only the store can have brought these.
  expect(dashboardFetches).toEqual([]);

  expect(await page.evaluate(() => "__e2eNoReload" in window)).toBe(true);
  await expect(indicator).toHaveAttribute("data-status", "live");
  expect(sockets).toBe(socketsBefore);
});
