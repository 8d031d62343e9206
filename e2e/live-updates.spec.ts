import { expect, test } from "@playwright/test";
import { logIn } from "./support/login";
import { pt } from "./support/messages";
import { fixture, postWebhook, uniqueId, uniqueInstanceId } from "./support/zapi";
import { expectLive } from "./support/live";

test("webhooks show up on the open dashboard without a reload", async ({ page, context }) => {
  await logIn(context);
  await page.goto("/");
  await expectLive(page);

  // Any reload or navigation would drop this marker and count a main-frame navigation.
  let navigations = 0;
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) navigations++;
  });
  await page.evaluate(() => Object.assign(window, { __e2eNoReload: true }));

  const instanceId = uniqueInstanceId();
  const messageId = uniqueId("3EB0");
  const text = `Olá do teste ${messageId}`;
  const now = Date.now();
  const card = page.locator(`[data-testid="instance-card"][data-instance-id="${instanceId}"]`);

  await postWebhook(page.request, fixture("connected", { instanceId, phone: "5511987654321", momment: now }));
  await expect(card).toHaveAttribute("data-state", "connected");
  await expect(card).toContainText(pt.instances.state.connected);
  await expect(card).toContainText("+55 (11) 98765-4321");

  const received = fixture("received-text", {
    instanceId,
    messageId,
    momment: now,
    chatName: "Cliente E2E",
    senderName: "Cliente E2E",
    text: { message: text },
  });
  await postWebhook(page.request, received);
  const row = page.locator(`[data-testid="message-row"][data-message-id="${messageId}"]`);
  await expect(row).toContainText(text);
  await expect(row).toContainText("Cliente E2E");
  await expect(page.getByTestId("event-row").filter({ hasText: "ReceivedCallback" }).first()).toBeVisible();

  // Z-API may deliver the same webhook twice: still one message row.
  await postWebhook(page.request, received);
  await expect(page.getByTestId("event-row").filter({ hasText: pt.events.duplicate }).first()).toBeVisible();
  await expect(row).toHaveCount(1);

  await postWebhook(
    page.request,
    fixture("disconnected", { instanceId, momment: Date.now(), error: "Celular sem internet (teste)" }),
  );
  await expect(card).toHaveAttribute("data-state", "disconnected");
  await expect(card).toContainText(pt.instances.state.disconnected);
  await expect(card).toContainText("Celular sem internet (teste)");
  await expect(page).toHaveTitle(/^\(\d+\) /);

  expect(navigations).toBe(0);
  expect(await page.evaluate(() => "__e2eNoReload" in window)).toBe(true);
});

test("outgoing message ticks move forward live", async ({ page, context }) => {
  await logIn(context);
  await page.goto("/");
  await expectLive(page);

  const instanceId = uniqueInstanceId();
  const messageId = uniqueId("A500");
  await postWebhook(
    page.request,
    fixture("received-text-fromme-phone-captured", {
      instanceId,
      messageId,
      momment: Date.now(),
      status: "SENT",
      text: { message: "Seu pedido saiu para entrega" },
    }),
  );
  const receipt = page.locator(`[data-message-id="${messageId}"] [data-testid="receipt-status"]`);
  await expect(receipt).toHaveText("Enviada");

  await postWebhook(
    page.request,
    fixture("status-read", { instanceId, ids: [messageId], phone: "5511900000001", momment: Date.now() }),
  );
  await expect(receipt).toHaveText("Lida");
});
