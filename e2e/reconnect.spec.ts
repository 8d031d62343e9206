import { expect, type WebSocket, test } from "@playwright/test";
import { logIn } from "./support/login";
import { fixture, postWebhook, uniqueId, uniqueInstanceId } from "./support/zapi";

test("after a dropped connection the page catches up on what it missed", async ({ page, context, request }) => {
  await logIn(context);
  const sockets: WebSocket[] = [];
  page.on("websocket", (ws) => {
    if (ws.url().includes("/socket.io/")) sockets.push(ws);
  });
  await page.goto("/");
  const indicator = page.locator('[role="status"][data-status]');
  await expect(indicator).toHaveAttribute("data-status", "live");
  const first = sockets[0];
  if (!first) throw new Error("the dashboard opened no Socket.IO websocket");

  // Chromium's offline emulation closes the websocket: wait for the close itself, not for some time.
  const closed = first.waitForEvent("close");
  await context.setOffline(true);
  await closed;
  await expect(indicator).toHaveAttribute("data-status", "offline");

  // Sent through the test runner's own request context, which the browser's offline mode does not affect.
  const messageId = uniqueId("3EB0");
  await postWebhook(request, fixture("received-text", { instanceId: uniqueInstanceId(), messageId, momment: Date.now() }));
  const row = page.locator(`[data-testid="message-row"][data-message-id="${messageId}"]`);
  await expect(row).toHaveCount(0);

  // Back online: a new socket connects with auth.lastSeq and the server replays the missed change.
  await context.setOffline(false);
  await expect(indicator).toHaveAttribute("data-status", "live");
  await expect(row).toBeVisible();
  expect(sockets.length).toBeGreaterThan(1);
});
